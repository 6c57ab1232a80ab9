package se.medverka.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Staircase;
import se.medverka.followup.Staircase.Level;
import se.medverka.followup.Staircase.MatrixRow;
import se.medverka.followup.Staircase.Step;
import se.medverka.routing.CommitteeSummary;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.time.CityTime;

/** MR-trappan: a committee's yearly self-assessment of the six steps; for administrators the city-wide matrix. */
@Route(value = "personal/uppfoljning/trappan", layout = StaffLayout.class)
@Menu(title = "followup.staircase.nav.label", order = 610)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaircaseView extends VerticalLayout implements TranslatedTitle {

    /** The names of MR-trappan's six steps, in order, and their short forms for the matrix's columns. */
    private static final List<String> STEP_KEYS = List.of("followup.staircase.step.1.label",
            "followup.staircase.step.2.label", "followup.staircase.step.3.label", "followup.staircase.step.4.label",
            "followup.staircase.step.5.label", "followup.staircase.step.6.label");
    private static final List<String> STEP_SHORT_KEYS = List.of("followup.staircase.step.short.1.label",
            "followup.staircase.step.short.2.label", "followup.staircase.step.short.3.label",
            "followup.staircase.step.short.4.label", "followup.staircase.step.short.5.label",
            "followup.staircase.step.short.6.label");

    private final Staircase staircase;
    private final FollowUp followUp;
    private final Select<CommitteeSummary> committee = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final List<RadioButtonGroup<Level>> levels = new ArrayList<>();
    private final List<TextArea> justifications = new ArrayList<>();
    private final com.vaadin.flow.component.html.Paragraph evidence = new com.vaadin.flow.component.html.Paragraph();
    private final List<TextArea> nextSteps = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Div matrix = new Div();
    private final boolean admin;

    public StaircaseView(Staircase staircase, FollowUp followUp, CurrentStaff current, Clock clock) {
        this.staircase = staircase;
        this.followUp = followUp;
        this.admin = current.isAdmin();
        addClassName("followup");
        add(new H1(getTranslation("followup.staircase.title")), new Paragraph(getTranslation("followup.staircase.intro.text")));
        int thisYear = CityTime.today(clock).getYear();
        List<Integer> years = List.of(thisYear, thisYear - 1, thisYear - 2, thisYear - 3);

        List<CommitteeSummary> committees = followUp.committees();
        committee.setLabel(getTranslation("followup.dashboard.committee.label"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        year.setLabel(getTranslation("followup.dashboard.year.label"));
        year.setItems(years);
        year.setValue(thisYear);
        FlexLayout choose = new FlexLayout(committee, year);
        choose.getStyle().set("gap", "var(--lumo-space-m)");
        add(choose);

        Section form = new Section(new H2(getTranslation("followup.staircase.form.title")));
        form.setWidthFull();
        for (int s = 1; s <= Staircase.STEPS; s++) {
            H3 stepTitle = new H3(getTranslation(STEP_KEYS.get(s - 1)));
            stepTitle.setId("followup-step-" + s);
            RadioButtonGroup<Level> level = new RadioButtonGroup<>(getTranslation("followup.staircase.level.label"));
            level.setItems(Level.values());
            level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
            level.setRequired(true);
            TextArea justification = new TextArea(getTranslation("followup.staircase.justification.label"));
            justification.setRequired(true);
            justification.setMaxLength(2000);
            justification.setWidthFull();
            TextArea next = new TextArea(getTranslation("followup.staircase.next.label"));
            next.setMaxLength(2000);
            next.setWidthFull();
            levels.add(level);
            justifications.add(justification);
            nextSteps.add(next);
            // A region named by its step, so that the six "Level" choices are told apart by ear too.
            Section step = new Section(stepTitle);
            step.getElement().setAttribute("aria-labelledby", "followup-step-" + s);
            if (s == 4) {
                // Step 4 cites what the city did with councils, referrals and samråd (issue 15).
                step.add(evidence);
            }
            step.add(level, justification, next);
            step.addClassName("followup-step");
            form.add(step);
        }
        status.getElement().setAttribute("role", "status");
        status.setId("followup-staircase-status");
        Button save = new Button(getTranslation("followup.staircase.save.action"), e -> save());
        form.add(save, status);
        add(form);

        committee.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> {
            load();
            showMatrix();
        });
        if (!committees.isEmpty()) {
            committee.setValue(committees.getFirst());
        }
        if (current.isAdmin()) {
            add(matrix);
            showMatrix();
        }
    }

    private void load() {
        status.setText("");
        if (committee.getValue() == null || year.getValue() == null) {
            return;
        }
        List<Step> steps = staircase.assessment(committee.getValue().id(), year.getValue());
        se.medverka.council.CouncilFigures.Activity a = followUp.participationActivity(committee.getValue().id(), year.getValue());
        evidence.setText(getTranslation("followup.staircase.step4.evidence.text", a.meetingsHeld(), a.referralsSent(),
                a.answered(), a.answeredOnTime(), followUp.samradHeld(committee.getValue().id(), year.getValue())));
        for (int i = 0; i < Staircase.STEPS; i++) {
            int n = i + 1;
            Step s = steps.stream().filter(x -> x.step() == n).findFirst().orElse(null);
            levels.get(i).setValue(s == null ? null : s.level());
            justifications.get(i).setValue(s == null ? "" : s.justification());
            nextSteps.get(i).setValue(s == null ? "" : s.nextSteps());
        }
    }

    private void save() {
        if (committee.getValue() == null) {
            return;
        }
        List<Step> steps = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < Staircase.STEPS; i++) {
            boolean ok = levels.get(i).getValue() != null && !justifications.get(i).getValue().isBlank();
            levels.get(i).setInvalid(levels.get(i).getValue() == null);
            justifications.get(i).setInvalid(justifications.get(i).getValue().isBlank());
            justifications.get(i).setErrorMessage(getTranslation("followup.staircase.error.required"));
            levels.get(i).setErrorMessage(getTranslation("followup.staircase.error.required"));
            complete &= ok;
            steps.add(new Step(i + 1, levels.get(i).getValue(), justifications.get(i).getValue(), nextSteps.get(i).getValue()));
        }
        if (!complete) {
            status.setText(getTranslation("followup.staircase.error.incomplete"));
            return;
        }
        staircase.save(committee.getValue().id(), year.getValue(), steps);
        status.setText(getTranslation("followup.staircase.saved.message"));
        showMatrix();
    }

    private void showMatrix() {
        if (!admin) {
            return;
        }
        matrix.removeAll();
        int y = year.getValue();
        H2 title = new H2(getTranslation("followup.staircase.matrix.title", y));
        title.setId("followup-matrix-title");
        Anchor csv = new Anchor(csvHandler(y), getTranslation("followup.staircase.csv.action"));
        csv.setId("followup-matrix-csv");
        matrix.add(title, new Paragraph(getTranslation("followup.staircase.matrix.intro.text")), csv);
        Element table = new Element("table");
        table.getClassList().add("followup-table");
        table.setAttribute("aria-labelledby", "followup-matrix-title");
        Element head = new Element("thead");
        Element hr = new Element("tr");
        hr.appendChild(th("col", getTranslation("followup.dashboard.committee.label")));
        for (int s = 1; s <= Staircase.STEPS; s++) {
            hr.appendChild(th("col", getTranslation(STEP_SHORT_KEYS.get(s - 1))));
        }
        head.appendChild(hr);
        Element body = new Element("tbody");
        for (MatrixRow r : staircase.matrix(y)) {
            Element tr = new Element("tr");
            tr.appendChild(th("row", r.committee().name()));
            for (int s = 1; s <= Staircase.STEPS; s++) {
                tr.appendChild(cell(r, s));
            }
            body.appendChild(tr);
        }
        table.appendChild(head, body);
        Div wrapper = new Div();
        wrapper.addClassName("followup-scroll");
        wrapper.getElement().appendChild(table);
        matrix.add(wrapper);
    }

    private Element cell(MatrixRow r, int step) {
        Element td = new Element("td");
        Level l = r.levels().get(step);
        Integer change = r.change(step);
        String text = l == null ? getTranslation("followup.staircase.level.none.label")
                : getTranslation(l.labelKey());
        if (change != null) {
            text += " (" + getTranslation(change > 0 ? "followup.staircase.change.up.text"
                    : change < 0 ? "followup.staircase.change.down.text" : "followup.staircase.change.same.text",
                    r.previousYear()) + ")";
        }
        td.setText(text);
        return td;
    }

    private static Element th(String scope, String text) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        th.setText(text);
        return th;
    }

    private DownloadHandler csvHandler(int y) {
        return event -> {
            event.setFileName("mr-trappan-" + y + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(staircase.matrixCsv(y).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String titleKey() {
        return "followup.staircase.title";
    }
}
