package se.medverka.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetProposals;
import se.medverka.budget.BudgetProposals.Proposal;
import se.medverka.budget.BudgetProposals.Status;
import se.medverka.budget.BudgetResults;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetTracker;
import se.medverka.budget.Phase;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.limits.LimitReached;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.ErrorSummary.FieldError;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PublicLayout;

/**
 * One round for residents: the timeline, each area's sum, the proposal form while proposals are
 * taken, every proposal with the committee's decision and reason, the way to the ballot while voting
 * is open, the results with their numbers, and what gets built.
 */
@Route(value = "budget", layout = PublicLayout.class)
@AnonymousAllowed
public class BudgetRoundView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BudgetRounds rounds;
    private final BudgetProposals proposals;
    private final BudgetResults results;
    private final BudgetTracker tracker;
    private final se.medverka.budget.BudgetComments comments;
    private Round round;

    public BudgetRoundView(BudgetRounds rounds, BudgetProposals proposals, BudgetResults results, BudgetTracker tracker,
                           se.medverka.budget.BudgetComments comments) {
        this.comments = comments;
        this.rounds = rounds;
        this.proposals = proposals;
        this.results = results;
        this.tracker = tracker;
        addClassName("budget-round-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        round = id == null ? null : rounds.round(id).orElse(null);
        if (round == null) {
            throw new NotFoundException();
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("budget.list.title") : RoundWords.title(round)) + " – " + getTranslation("shared.layout.portal.name");
    }

    private String areaName(Area a) {
        return a.districtName() == null ? getTranslation("budget.area.city.label") : a.districtName();
    }

    private void build() {
        removeAll();
        add(RoundWords.marked(new H1(RoundWords.title(round)), round));
        if (!RoundWords.text(round).description().isBlank()) {
            add(RoundWords.marked(new Paragraph(RoundWords.text(round).description()), round));
        }
        add(new Paragraph(getTranslation("budget.round.committee.text", round.committeeName())));
        add(new Paragraph(getTranslation("budget.round.age.text", round.minAge())));
        Section timeline = new Section(new H2(getTranslation("budget.timeline.title")), new Timeline(round));
        add(timeline);
        UnorderedList sums = new UnorderedList();
        round.areas().forEach(a -> sums.add(new ListItem(areaName(a) + ": " + Money.format(a.amount(), getLocale()))));
        add(new Section(new H2(getTranslation("budget.round.areas.title")), sums));
        if (round.phase() == Phase.VOTING) {
            Anchor vote = new Anchor("budget/rosta/" + round.id(), getTranslation("budget.round.vote.action"));
            vote.addClassName("budget-vote-link");
            add(new Section(new H2(getTranslation("budget.round.voting.title")),
                    new Paragraph(getTranslation("budget.round.voting.text", Formats.date(round.votingUntil(), getLocale()))), vote));
        }
        if (round.phase() == Phase.PROPOSALS) {
            add(proposalForm());
        }
        if (round.counted()) {
            add(new ResultsSection(results, round));
            add(projectsSection());
        }
        add(proposalsSection());
    }

    private Component proposalForm() {
        Section form = new Section(new H2(getTranslation("budget.proposal.form.title")),
                new Paragraph(getTranslation("budget.proposal.form.intro.text", Formats.date(round.reviewFrom().minusDays(1), getLocale()))));
        form.addClassName("budget-proposal-form");
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("budget.proposal.area.label"));
        area.setItems(round.areas());
        area.setItemLabelGenerator(this::areaName);
        if (round.areas().size() == 1) {
            area.setValue(round.areas().get(0));
        }
        TextField title = new TextField(getTranslation("budget.proposal.title.label"));
        title.setMaxLength(BudgetProposals.MAX_TITLE);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("budget.proposal.body.label"));
        body.setMaxLength(BudgetProposals.MAX_TEXT);
        body.setWidthFull();
        PictureUpload picture = new PictureUpload("budget.proposal.picture.label");
        FollowOffer follow = new FollowOffer("budget.autofollow.propose.text");
        Paragraph receipt = new Paragraph();
        receipt.getElement().setAttribute("role", "status");
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        Button send = new Button(getTranslation("budget.proposal.form.send.action"), e -> {
            errors.clear();
            try {
                if (area.getValue() == null) {
                    throw new BudgetException("budget.proposal.area.error.required");
                }
                var address = follow.address();
                BudgetProposals.Receipt r = proposals.propose(round.id(), area.getValue().id(), title.getValue(), body.getValue(),
                        picture.bytes().orElse(null), LanguageSelection.current());
                address.ifPresent(a -> tracker.followIfItWins(r.proposalId(), a, LanguageSelection.current()));
                follow.email.clear();
                title.clear();
                body.clear();
                picture.clear();
                String text = getTranslation("budget.proposal.form.sent.message", r.caseNumber())
                        + (address.isPresent() ? " " + getTranslation("budget.autofollow.message") : "");
                receipt.setText(text);
                Notices.success(text);
            } catch (BudgetException ex) {
                String key = ex.messageKey();
                Component field = key.startsWith("budget.proposal.title.") ? title : key.startsWith("budget.proposal.body.") ? body
                        : key.startsWith("budget.proposal.area.") ? area : key.startsWith("budget.tracker.email.") ? follow.email : null;
                errors.show(List.of(new FieldError(field, key)));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(errors, area, title, body, picture, follow, send, receipt);
        return form;
    }

    private Component proposalsSection() {
        Section section = new Section(new H2(getTranslation("budget.proposals.title")));
        List<Proposal> all = proposals.proposals(round.id());
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("budget.proposals.empty.text")));
        }
        for (Area area : round.areas()) {
            List<Proposal> mine = all.stream().filter(p -> p.areaId() == area.id()).toList();
            if (mine.isEmpty()) {
                continue;
            }
            section.add(new H3(areaName(area)));
            for (Proposal p : mine) {
                Article a = new Article(new H4(p.title()));
                a.addClassName("budget-proposal");
                a.getElement().setAttribute("lang", p.language());
                Paragraph body = new Paragraph(p.body());
                a.add(body);
                if (p.hasPicture()) {
                    a.add(PictureUpload.image(() -> proposals.picture(p.id()), "forslag-" + p.id() + ".jpg",
                            getTranslation("budget.proposal.picture.alt", p.title())));
                }
                Paragraph decision = new Paragraph(decisionText(p));
                decision.getElement().setAttribute("lang", LanguageSelection.current().code());
                decision.addClassName("budget-decision");
                a.add(decision);
                if (p.reason() != null) {
                    Paragraph reason = new Paragraph(getTranslation("budget.proposal.reason.text", p.reason()));
                    a.add(reason);
                }
                a.add(new ProposalComments(comments, p.id(), p.title(),
                        round.phase() != Phase.UPCOMING && !round.phase().atLeast(Phase.RESULTS)));
                section.add(a);
            }
        }
        return section;
    }

    private String decisionText(Proposal p) {
        String status = getTranslation(p.status().labelKey());
        if (p.status() == Status.FEASIBLE) {
            return status + " – " + getTranslation("budget.proposal.cost.text", Money.format(p.cost(), getLocale()));
        }
        return status;
    }

    private Component projectsSection() {
        Section section = new Section(new H2(getTranslation("budget.tracker.title")));
        for (Proposal p : proposals.proposals(round.id())) {
            if (!p.won()) {
                continue;
            }
            Article a = new Article(new H3(p.title()));
            a.addClassName("budget-project");
            a.add(new Paragraph(getTranslation("budget.tracker.state.text", getTranslation(p.workStatus().labelKey()), p.progress())));
            ProgressBar bar = new ProgressBar(0, 100, p.progress());
            bar.getElement().setAttribute("aria-label", getTranslation("budget.tracker.progress.label"));
            a.add(bar);
            UnorderedList updates = new UnorderedList();
            tracker.updates(p.id()).forEach(u -> {
                ListItem item = new ListItem(Formats.date(u.postedOn(), getLocale()) + ": " + u.text());
                if (u.hasPicture()) {
                    item.add(PictureUpload.image(() -> tracker.updatePicture(u.id()), "uppdatering-" + u.id() + ".jpg",
                            getTranslation("budget.tracker.update.picture.alt", p.title(), Formats.date(u.postedOn(), getLocale()))));
                }
                updates.add(item);
            });
            if (updates.getChildren().findAny().isPresent()) {
                a.add(new H4(getTranslation("budget.tracker.updates.title")), updates);
            }
            EmailField email = new EmailField(getTranslation("budget.tracker.email.label"));
            Button follow = new Button(getTranslation("budget.tracker.follow.action"), e -> {
                try {
                    tracker.follow(p.id(), email.getValue(), LanguageSelection.current());
                    email.clear();
                    Notices.success(getTranslation("budget.tracker.follow.message"));
                } catch (BudgetException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                } catch (LimitReached ex) {
                    Notices.error(getTranslation(ex.limit().reason().messageKey()));
                }
            });
            a.add(email, follow);
            section.add(a);
        }
        return section;
    }
}
