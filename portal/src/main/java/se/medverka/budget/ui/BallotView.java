package se.medverka.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetTracker;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetVoting;
import se.medverka.budget.BudgetVoting.Ballot;
import se.medverka.budget.BudgetVoting.EidPass;
import se.medverka.budget.BudgetVoting.Item;
import se.medverka.budget.BudgetVoting.Pass;
import se.medverka.budget.BudgetVoting.ClassCodePass;
import se.medverka.budget.Phase;
import se.medverka.budget.internal.EidClient;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.ErrorSummary;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PublicLayout;

/**
 * The ballot. First the voter shows they may vote (e-identification, a class code or a voting code
 * from a library); then they choose an area and items, with a running total and what is left; a
 * choice that does not fit is refused at once (and again by the service). The pass lives only in
 * this browser session.
 */
@Route(value = "budget/rosta", layout = PublicLayout.class)
@AnonymousAllowed
public class BallotView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String PASS = "budget-pass-";
    static final String ATTEMPT = "budget-eid-attempt";

    private final BudgetRounds rounds;
    private final BudgetVoting voting;
    private final EidClient eid;
    private final PrivacyNotices notices;
    private final BudgetTracker tracker;
    private Round round;

    public BallotView(BudgetRounds rounds, BudgetVoting voting, EidClient eid, PrivacyNotices notices, BudgetTracker tracker) {
        this.tracker = tracker;
        this.rounds = rounds;
        this.voting = voting;
        this.eid = eid;
        this.notices = notices;
        addClassName("budget-ballot-view");
    }

    /** What the e-identification return page needs to finish: the round and the attempt. */
    record PendingEid(long roundId, EidClient.Attempt attempt) implements java.io.Serializable {
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
        return getTranslation("budget.ballot.title") + " – " + getTranslation("shared.layout.portal.name");
    }

    private Pass pass() {
        return (Pass) VaadinSession.getCurrent().getAttribute(PASS + round.id());
    }

    private void setPass(Pass pass) {
        VaadinSession.getCurrent().setAttribute(PASS + round.id(), pass);
    }

    private String areaName(Area a) {
        return a.districtName() == null ? getTranslation("budget.area.city.label") : a.districtName();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("budget.ballot.title")), RoundWords.marked(new Paragraph(RoundWords.title(round)), round));
        if (round.phase() != Phase.VOTING) {
            add(new Paragraph(getTranslation("budget.vote.error.phase")), RoundWords.marked(new Anchor("budget/" + round.id(), RoundWords.title(round)), round));
            return;
        }
        Pass pass = pass();
        if (pass == null) {
            admission();
        } else {
            ballot(pass);
        }
    }

    private void admission() {
        add(new Paragraph(getTranslation("budget.ballot.intro.text", round.minAge(), Formats.date(round.votingUntil(), getLocale()))));
        if (eid.available()) {
            Button start = new Button(getTranslation("budget.ballot.eid.action"), e -> startEid());
            start.addThemeVariants(ButtonVariant.PRIMARY);
            add(new Section(new H2(getTranslation("budget.ballot.eid.title")), new Paragraph(getTranslation("budget.ballot.eid.text")), start));
        }
        TextField classCode = new TextField(getTranslation("budget.ballot.classcode.label"));
        Button useClass = new Button(getTranslation("budget.ballot.classcode.action"), e -> admit(() -> voting.classCode(round.id(), classCode.getValue())));
        add(new Section(new H2(getTranslation("budget.ballot.classcode.title")), classCode, useClass));
        TextField votingCode = new TextField(getTranslation("budget.ballot.votingcode.label"));
        votingCode.setHelperText(getTranslation("budget.ballot.votingcode.helper"));
        Button useCode = new Button(getTranslation("budget.ballot.votingcode.action"), e -> admit(() -> voting.votingCode(round.id(), votingCode.getValue())));
        add(new Section(new H2(getTranslation("budget.ballot.votingcode.title")), votingCode, useCode));
    }

    private void admit(java.util.function.Supplier<Pass> check) {
        try {
            setPass(check.get());
            build();
        } catch (BudgetException ex) {
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    private void startEid() {
        VaadinServletRequest request = (VaadinServletRequest) VaadinService.getCurrentRequest();
        var http = request.getHttpServletRequest();
        String base = http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
        EidClient.Attempt attempt = eid.start(base + "/budget/eid");
        VaadinSession.getCurrent().setAttribute(ATTEMPT, new PendingEid(round.id(), attempt));
        UI.getCurrent().getPage().setLocation(attempt.authorizeUrl());
    }

    private void ballot(Pass pass) {
        boolean voted = pass instanceof EidPass e && voting.hasVoted(e);
        if (voted) {
            Paragraph already = new Paragraph(getTranslation("budget.ballot.voted.text", Formats.date(round.votingUntil(), getLocale())));
            already.getElement().setAttribute("role", "status");
            add(already);
        }
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("budget.ballot.area.label"));
        area.setItems(round.areas());
        area.setItemLabelGenerator(this::areaName);
        Div items = new Div();
        if (pass instanceof ClassCodePass c) {
            Area fixed = round.area(c.areaId()).orElseThrow();
            area.setValue(fixed);
            area.setReadOnly(true);
        } else if (round.areas().size() == 1) {
            area.setValue(round.areas().get(0));
        }
        add(area, items);
        area.addValueChangeListener(e -> fill(items, pass, e.getValue(), voted));
        if (area.getValue() != null) {
            fill(items, pass, area.getValue(), voted);
        }
    }

    /** After the ballot: an address to follow the winners of the area (stored apart from the ballot). */
    private Component followWinners(Area area) {
        FollowOffer offer = new FollowOffer("budget.autofollow.vote.text");
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        Button follow = new Button(getTranslation("budget.autofollow.action"), e -> {
            errors.clear();
            try {
                Optional<String> address = offer.address();
                if (address.isEmpty()) {
                    throw new BudgetException("budget.tracker.email.error.invalid");
                }
                tracker.followWinners(round.id(), area.id(), address.get(), LanguageSelection.current());
                offer.email.clear();
                done.setText(getTranslation("budget.autofollow.message"));
                Notices.success(done.getText());
            } catch (BudgetException ex) {
                errors.show(java.util.List.of(new ErrorSummary.FieldError(offer.email, ex.messageKey())));
            } catch (se.medverka.shared.limits.LimitReached ex) {
                errors.show(java.util.List.of(new ErrorSummary.FieldError(offer.email, ex.limit().reason().messageKey())));
            }
        });
        return new Section(new H2(getTranslation("budget.autofollow.title")), errors, offer, follow, done);
    }

    private void fill(Div box, Pass pass, Area area, boolean voted) {
        box.removeAll();
        if (area == null) {
            return;
        }
        Ballot ballot = voting.ballot(round.id(), area.id());
        boolean budget = ballot.method() == Method.BUDGET;
        Set<Long> chosen = new LinkedHashSet<>();
        Paragraph total = new Paragraph();
        total.addClassName("budget-total");
        total.getElement().setAttribute("aria-live", "polite");
        Runnable showTotal = () -> {
            long sum = ballot.items().stream().filter(i -> chosen.contains(i.proposalId())).mapToLong(Item::cost).sum();
            total.setText(budget
                    ? getTranslation("budget.ballot.total.text", Money.format(sum, getLocale()), Money.format(area.amount(), getLocale()),
                            Money.format(area.amount() - sum, getLocale()))
                    : getTranslation("budget.ballot.approval.text", chosen.size()));
        };
        box.add(new H2(getTranslation("budget.ballot.items.title", areaName(area))),
                new Paragraph(getTranslation(budget ? "budget.ballot.budget.text" : "budget.ballot.approval.intro.text")));
        if (ballot.items().isEmpty()) {
            box.add(new Paragraph(getTranslation("budget.ballot.items.empty.text")));
            return;
        }
        Div list = new Div();
        list.addClassName("budget-items");
        for (Item item : ballot.items()) {
            Checkbox box1 = new Checkbox(item.title() + " – " + Money.format(item.cost(), getLocale()));
            box1.getStyle().set("display", "block").set("min-height", "44px");
            box1.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                if (e.getValue()) {
                    long sum = ballot.items().stream().filter(i -> chosen.contains(i.proposalId())).mapToLong(Item::cost).sum();
                    if (budget && sum + item.cost() > area.amount()) {
                        box1.setValue(false);
                        String text = getTranslation("budget.ballot.nofit.message", item.title(),
                                Money.format(area.amount() - sum, getLocale()));
                        Notices.error(text);
                        total.setText(text);
                        return;
                    }
                    chosen.add(item.proposalId());
                } else {
                    chosen.remove(item.proposalId());
                }
                showTotal.run();
            });
            Paragraph about = new Paragraph(item.body());
            about.getStyle().set("margin-block-start", "0").set("padding-inline-start", "2rem");
            list.add(box1, about);
        }
        showTotal.run();
        ErrorSummary errors = new ErrorSummary("shared.form.errors.title");
        box.add(errors, list, total, notices.budgetVote(round.committeeName()));
        Button send = new Button(getTranslation(voted ? "budget.ballot.change.action" : "budget.ballot.send.action"), e -> {
            errors.clear();
            try {
                voting.cast(pass, area.id(), chosen, voted);
                if (!(pass instanceof EidPass)) {
                    VaadinSession.getCurrent().setAttribute(PASS + round.id(), null);
                }
                removeAll();
                Paragraph thanks = new Paragraph(getTranslation(voted ? "budget.ballot.changed.message" : "budget.ballot.sent.message"));
                thanks.getElement().setAttribute("role", "status");
                add(new H1(getTranslation("budget.ballot.thanks.title")), thanks, followWinners(area),
                        RoundWords.marked(new Anchor("budget/" + round.id(), RoundWords.title(round)), round));
                Notices.success(thanks.getText());
            } catch (BudgetException ex) {
                errors.show(java.util.List.of(new ErrorSummary.FieldError(null, ex.messageKey())));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        box.add(send);
    }
}
