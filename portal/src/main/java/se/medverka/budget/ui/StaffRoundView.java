package se.medverka.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetProposals;
import se.medverka.budget.BudgetProposals.Proposal;
import se.medverka.budget.BudgetProposals.Status;
import se.medverka.budget.BudgetProposals.WorkStatus;
import se.medverka.budget.BudgetResults;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetTracker;
import se.medverka.budget.Phase;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;

/**
 * A round for its committee's staff: review and cost each proposal, class codes for schools,
 * one-time voting codes for libraries, the count with ballots by age band, and the tracker's updates.
 */
@Route(value = "personal/budget/omgang", layout = StaffLayout.class)
@RolesAllowed({"ADMIN", "HANDLER"})
public class StaffRoundView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BudgetRounds rounds;
    private final BudgetProposals proposals;
    private final se.medverka.budget.VotingCodes codes;
    private final se.medverka.budget.BudgetComments comments;
    private final BudgetResults results;
    private final BudgetTracker tracker;
    private final CurrentStaff current;
    private Round round;

    public StaffRoundView(BudgetRounds rounds, BudgetProposals proposals, se.medverka.budget.VotingCodes codes,
                          BudgetResults results, BudgetTracker tracker, CurrentStaff current,
                          se.medverka.budget.BudgetComments comments) {
        this.comments = comments;
        this.rounds = rounds;
        this.proposals = proposals;
        this.codes = codes;
        this.results = results;
        this.tracker = tracker;
        this.current = current;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        round = id == null ? null : rounds.round(id).filter(r -> current.mayActFor(StaffRole.HANDLER, r.committeeId())).orElse(null);
        if (round == null) {
            throw new NotFoundException();
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return (round == null ? "" : round.title()) + " – " + getTranslation("shared.layout.portal.name");
    }

    private String areaName(Area a) {
        return a.districtName() == null ? getTranslation("budget.area.city.label") : a.districtName();
    }

    private void reload() {
        round = rounds.round(round.id()).orElseThrow();
        build();
    }

    private void build() {
        removeAll();
        add(new Anchor("personal/budget", getTranslation("budget.staff.back.action")), new H1(round.title()),
                new Paragraph(getTranslation(round.phase().labelKey()) + " · " + round.committeeName()),
                new Anchor("personal/budget/redigera/" + round.id(), getTranslation("budget.staff.edit.action")),
                new Anchor("budget/" + round.id(), getTranslation("budget.staff.public.action")));
        add(reviewSection(), codesSection(), countSection());
        if (round.counted()) {
            add(trackerSection());
        }
    }

    private Component reviewSection() {
        Section s = new Section(new H2(getTranslation("budget.review.title")));
        List<Proposal> all = proposals.proposals(round.id());
        if (all.isEmpty()) {
            s.add(new Paragraph(getTranslation("budget.proposals.empty.text")));
        }
        boolean open = round.phase() == Phase.PROPOSALS || round.phase() == Phase.REVIEW;
        for (Proposal p : all) {
            Article a = new Article(new H3(p.title()));
            a.add(new Paragraph(areaName(round.area(p.areaId()).orElseThrow()) + " · " + p.caseNumber() + " · "
                    + getTranslation("budget.review.language.label") + " " + new Locale(p.language()).getDisplayLanguage(getLocale())));
            Paragraph body = new Paragraph(p.body());
            body.getElement().setAttribute("lang", p.language());
            a.add(body, new Paragraph(getTranslation(p.status().labelKey())
                    + (p.cost() == null ? "" : " – " + Money.format(p.cost(), getLocale()))));
            if (open) {
                Select<Status> decision = new Select<>();
                decision.setLabel(getTranslation("budget.review.decision.label"));
                decision.setItems(Status.FEASIBLE, Status.NOT_FEASIBLE, Status.MERGED);
                decision.setItemLabelGenerator(st -> getTranslation(st.labelKey()));
                IntegerField cost = new IntegerField(getTranslation("budget.review.cost.label"));
                cost.setMin(1);
                TextArea reason = new TextArea(getTranslation("budget.review.reason.label"));
                reason.setHelperText(getTranslation("budget.review.reason.helper"));
                reason.setWidthFull();
                Select<Proposal> into = new Select<>();
                into.setLabel(getTranslation("budget.review.merged.label"));
                into.setItems(all.stream().filter(o -> o.id() != p.id() && o.areaId() == p.areaId()).toList());
                into.setItemLabelGenerator(Proposal::title);
                Button save = new Button(getTranslation("budget.review.save.action"), e -> {
                    try {
                        proposals.review(p.id(), decision.getValue(), cost.getValue() == null ? null : cost.getValue().longValue(),
                                reason.getValue(), into.getValue() == null ? null : into.getValue().id());
                        Notices.success(getTranslation("budget.review.saved.message"));
                        reload();
                    } catch (BudgetException ex) {
                        Notices.error(getTranslation(ex.messageKey()));
                    }
                });
                save.setAriaLabel(getTranslation("budget.review.save.aria", p.title()));
                a.add(decision, cost, reason, into, save);
            }
            for (se.medverka.budget.BudgetComments.Comment c : comments.comments(p.id())) {
                if (c.hiddenReason() != null) {
                    continue;
                }
                Paragraph text = new Paragraph(c.body());
                text.getElement().setAttribute("lang", c.language());
                com.vaadin.flow.component.textfield.TextField why = new com.vaadin.flow.component.textfield.TextField(
                        getTranslation("budget.comment.hide.reason.label"));
                Button hide = new Button(getTranslation("budget.comment.hide.action"), e -> {
                    try {
                        comments.hide(c.id(), why.getValue());
                        Notices.success(getTranslation("budget.comment.hidden.message"));
                        reload();
                    } catch (BudgetException ex) {
                        Notices.error(getTranslation(ex.messageKey()));
                    }
                });
                hide.setAriaLabel(getTranslation("budget.comment.hide.aria", p.title()));
                a.add(text, why, hide);
            }
            s.add(a);
        }
        return s;
    }

    private Component codesSection() {
        Section s = new Section(new H2(getTranslation("budget.codes.title")));
        Select<Area> area = new Select<>();
        area.setLabel(getTranslation("budget.codes.area.label"));
        area.setItems(round.areas());
        area.setItemLabelGenerator(this::areaName);
        Select<String> band = new Select<>();
        band.setLabel(getTranslation("budget.codes.band.label"));
        band.setItems("B10_12", "B13_17");
        band.setItemLabelGenerator(b -> getTranslation(BudgetResults.bandLabelKey(b)));
        IntegerField size = new IntegerField(getTranslation("budget.codes.size.label"));
        size.setValue(30);
        size.setMin(1);
        size.setMax(200);
        Paragraph made = new Paragraph();
        made.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("budget.codes.create.action"), e -> {
            try {
                if (area.getValue() == null) {
                    throw new BudgetException("budget.codes.area.error.required");
                }
                String code = this.codes.createClassCode(round.id(), area.getValue().id(), band.getValue(), size.getValue() == null ? 0 : size.getValue());
                made.setText(getTranslation("budget.codes.created.message", code));
                Notices.success(made.getText());
            } catch (BudgetException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        s.add(new H3(getTranslation("budget.codes.class.title")), area, band, size, create, made);
        UnorderedList codes = new UnorderedList();
        this.codes.classCodes(round.id()).forEach(c -> codes.add(new ListItem(getTranslation("budget.codes.line.text", c.code(),
                areaName(round.area(c.areaId()).orElseThrow()), c.uses(), c.maxUses()))));
        s.add(codes);
        Paragraph issued = new Paragraph();
        issued.getElement().setAttribute("role", "status");
        Button issue = new Button(getTranslation("budget.codes.voting.action"), e -> {
            try {
                String code = this.codes.issueVotingCode(round.id());
                issued.setText(getTranslation("budget.codes.voting.message", code));
            } catch (BudgetException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        s.add(new H3(getTranslation("budget.codes.voting.title")), new Paragraph(getTranslation("budget.codes.voting.text")), issue, issued);
        return s;
    }

    private Component countSection() {
        Section s = new Section(new H2(getTranslation("budget.results.title")));
        if (!round.phase().atLeast(Phase.RESULTS)) {
            s.add(new Paragraph(getTranslation("budget.results.error.phase")));
            return s;
        }
        Button count = new Button(getTranslation("budget.results.count.action"), e -> {
            try {
                results.count(round.id());
                Notices.success(getTranslation("budget.results.counted.message"));
                reload();
            } catch (BudgetException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        count.addThemeVariants(ButtonVariant.PRIMARY);
        s.add(new Paragraph(getTranslation("budget.results.rule.text")), count);
        if (round.counted()) {
            s.add(new H3(getTranslation("budget.bands.title")), new Paragraph(getTranslation("budget.bands.text")));
            for (BudgetResults.BandFigures f : results.bands(round.id())) {
                UnorderedList list = new UnorderedList();
                f.bands().forEach((b, cell) -> list.add(new ListItem(getTranslation(BudgetResults.bandLabelKey(b))
                        + ": " + cell(cell))));
                s.add(new Paragraph(areaName(f.area()) + ": " + cell(f.total())), list);
            }
        }
        return s;
    }

    private String cell(SmallCells.Cell c) {
        return c.suppressed() ? getTranslation("budget.bands.few.text") : String.valueOf(c.value());
    }

    private Component trackerSection() {
        Section s = new Section(new H2(getTranslation("budget.tracker.title")));
        for (Proposal p : proposals.proposals(round.id())) {
            if (!p.won()) {
                continue;
            }
            TextArea text = new TextArea(getTranslation("budget.tracker.text.label"));
            text.setWidthFull();
            IntegerField progress = new IntegerField(getTranslation("budget.tracker.progress.label"));
            progress.setMin(0);
            progress.setMax(100);
            progress.setValue(p.progress());
            Select<WorkStatus> status = new Select<>();
            status.setLabel(getTranslation("budget.tracker.status.label"));
            status.setItems(WorkStatus.values());
            status.setItemLabelGenerator(w -> getTranslation(w.labelKey()));
            status.setValue(p.workStatus());
            PictureUpload picture = new PictureUpload("budget.tracker.picture.label");
            Button post = new Button(getTranslation("budget.tracker.post.action"), e -> {
                try {
                    tracker.post(p.id(), text.getValue(), progress.getValue() == null ? -1 : progress.getValue(), status.getValue(),
                            picture.bytes().orElse(null));
                    Notices.success(getTranslation("budget.tracker.posted.message"));
                    reload();
                } catch (BudgetException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            post.setAriaLabel(getTranslation("budget.tracker.post.aria", p.title()));
            s.add(new Article(new H3(p.title()), status, progress, text, picture, post));
        }
        return s;
    }
}
