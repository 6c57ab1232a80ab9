package se.medverka.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.medverka.followup.Csv;
import se.medverka.followup.Figures;
import se.medverka.followup.Figures.Row;
import se.medverka.followup.Figures.Table;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Period;
import se.medverka.routing.CommitteeSummary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.time.CityTime;

/**
 * The follow-up figures of a committee (or the city) for a year, a quarter or any days: each as an
 * accessible table with a CSS bar beside each number, a CSV download and a printable view.
 */
@Route(value = "personal/uppfoljning", layout = StaffLayout.class)
@Menu(title = "followup.dashboard.nav.label", order = 600)
@RolesAllowed({"HANDLER", "ADMIN"})
public class FollowUpView extends VerticalLayout implements TranslatedTitle {

    private static final long CITY = 0L;

    private final FollowUp followUp;
    private final Select<Long> committee = new Select<>();
    private final Select<String> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Div results = new Div();
    private final List<CommitteeSummary> committees;

    public FollowUpView(FollowUp followUp, CurrentStaff current, Clock clock) {
        this.followUp = followUp;
        this.committees = followUp.committees();
        addClassName("followup");
        add(new H1(getTranslation("followup.dashboard.title")),
                new Paragraph(getTranslation("followup.dashboard.intro.text", followUp.threshold())));

        List<Long> ids = new ArrayList<>();
        if (current.isAdmin()) {
            ids.add(CITY);
        }
        committees.forEach(c -> ids.add(c.id()));
        committee.setLabel(getTranslation("followup.dashboard.committee.label"));
        committee.setItems(ids);
        committee.setItemLabelGenerator(id -> id == CITY ? getTranslation("followup.dashboard.city.label")
                : committees.stream().filter(c -> c.id() == id).findFirst().map(CommitteeSummary::name).orElse(""));
        if (!ids.isEmpty()) {
            committee.setValue(ids.getFirst());
        }

        int thisYear = CityTime.today(clock).getYear();
        kind.setLabel(getTranslation("followup.dashboard.period.label"));
        kind.setItems("year", "quarter", "custom");
        kind.setItemLabelGenerator(k -> getTranslation(switch (k) {
            case "year" -> "followup.dashboard.period.year.label";
            case "quarter" -> "followup.dashboard.period.quarter.label";
            default -> "followup.dashboard.period.custom.label";
        }));
        kind.setValue("year");
        year.setLabel(getTranslation("followup.dashboard.year.label"));
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - 6; y--) {
            years.add(y);
        }
        year.setItems(years);
        year.setValue(thisYear);
        quarter.setLabel(getTranslation("followup.dashboard.quarter.label"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("followup.dashboard.quarter.option.label", q));
        quarter.setValue(1);
        first.setLabel(getTranslation("followup.dashboard.first.label"));
        last.setLabel(getTranslation("followup.dashboard.last.label"));
        first.setValue(LocalDate.of(thisYear, 1, 1));
        last.setValue(LocalDate.of(thisYear, 12, 31));
        first.setLocale(getLocale());
        last.setLocale(getLocale());
        kind.addValueChangeListener(e -> showPeriodFields());
        showPeriodFields();

        Button show = new Button(getTranslation("followup.dashboard.show.action"), e -> refresh());
        Button print = new Button(getTranslation("followup.dashboard.print.action"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        FlexLayout filters = new FlexLayout(committee, kind, year, quarter, first, last, show);
        filters.addClassName("followup-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "flex-end");

        Anchor csv = new Anchor(csvHandler(), getTranslation("followup.dashboard.csv.action"));
        csv.setId("followup-csv");
        FlexLayout actions = new FlexLayout(csv, print);
        actions.addClassName("followup-actions");
        actions.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "center");
        results.setWidthFull();
        add(filters, actions, results);
        if (!ids.isEmpty()) {
            refresh();
        } else {
            results.add(new Paragraph(getTranslation("followup.dashboard.none.text")));
        }
    }

    private void showPeriodFields() {
        String k = kind.getValue();
        year.setVisible(!"custom".equals(k));
        quarter.setVisible("quarter".equals(k));
        first.setVisible("custom".equals(k));
        last.setVisible("custom".equals(k));
    }

    private Period period() {
        return switch (kind.getValue()) {
            case "quarter" -> Period.quarter(year.getValue(), quarter.getValue());
            case "custom" -> first.getValue() == null || last.getValue() == null || last.getValue().isBefore(first.getValue())
                    ? null : Period.days(first.getValue(), last.getValue());
            default -> Period.year(year.getValue());
        };
    }

    private Long committeeId() {
        Long id = committee.getValue();
        return id == null || id == CITY ? null : id;
    }

    private String committeeName() {
        return committee.getValue() == null ? "" : committee.getItemLabelGenerator().apply(committee.getValue());
    }

    private void refresh() {
        results.removeAll();
        Period period = period();
        if (period == null) {
            Paragraph error = new Paragraph(getTranslation("followup.dashboard.period.error.invalid"));
            error.getElement().setAttribute("role", "alert");
            results.add(error);
            return;
        }
        Figures figures = followUp.figures(committeeId(), period);
        H2 heading = new H2(getTranslation("followup.dashboard.heading.text", committeeName(),
                // The months actually counted: figures are kept per month, without days.
                Formats.date(figures.period().from(), getLocale()), Formats.date(figures.period().last(), getLocale())));
        heading.setId("followup-heading");
        results.add(heading);
        for (Table t : figures.tables()) {
            results.add(table(t, figures.threshold()));
        }
    }

    private Section table(Table t, int threshold) {
        Section section = new Section();
        section.addClassName("followup-figure");
        String titleId = "followup-" + t.key();
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(
                getTranslation(titleKey(t.key())));
        title.setId(titleId);
        section.add(title);
        if ("grounds".equals(t.key())) {
            section.add(new Paragraph(getTranslation("followup.dashboard.grounds.note.text")));
        }
        if ("children".equals(t.key())) {
            section.add(new Paragraph(getTranslation("followup.dashboard.children.note.text")));
        }
        if ("budget_bands".equals(t.key())) {
            section.add(new Paragraph(getTranslation("followup.dashboard.budget_bands.note.text")));
        }
        long max = t.rows().stream().filter(r -> !r.cell().suppressed() && !decimal(r))
                .mapToLong(r -> r.cell().value()).max().orElse(0);

        Element table = new Element("table");
        table.setAttribute("aria-labelledby", titleId);
        table.getClassList().add("followup-table");
        Element head = new Element("thead");
        Element hr = new Element("tr");
        hr.appendChild(th("col", getTranslation("followup.dashboard.column.what.label")),
                th("col", getTranslation("followup.dashboard.column.value.label")));
        head.appendChild(hr);
        Element body = new Element("tbody");
        for (Row r : t.rows()) {
            body.appendChild(row(r, threshold, max, false));
        }
        Element foot = new Element("tfoot");
        foot.appendChild(row(t.total(), threshold, 0, true));
        table.appendChild(head, body, foot);
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        section.add(wrapper);
        return section;
    }

    private Element row(Row r, int threshold, long max, boolean total) {
        Element tr = new Element("tr");
        String label = r.translate() ? getTranslation(r.label()) : r.label();
        tr.appendChild(th("row", label));
        Element td = new Element("td");
        Element value = new Element("span");
        value.setText(Csv.value(r, k -> getTranslation(k, threshold), threshold));
        value.getClassList().add("followup-value");
        td.appendChild(value);
        if (!total && max > 0 && !r.cell().suppressed() && !decimal(r)) {
            // The bar repeats the number for the eye; screen readers read the number only.
            Element bar = new Element("span");
            bar.getClassList().add("followup-bar");
            bar.setAttribute("aria-hidden", "true");
            bar.getStyle().set("inline-size", Math.round(100.0 * r.cell().value() / max * 0.6) / 1.0 + "%");
            td.appendChild(bar);
        }
        tr.appendChild(td);
        return tr;
    }

    private static boolean decimal(Row r) {
        return r.code().endsWith("median") || r.code().endsWith("share");
    }

    private static Element th(String scope, String text) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        th.setText(text);
        return th;
    }

    private DownloadHandler csvHandler() {
        return event -> {
            Period period = period();
            Figures figures = followUp.figures(committeeId(), period == null ? Period.year(year.getValue()) : period);
            String csv = Csv.figures(figures, k -> getTranslation(k, figures.threshold()), committeeName());
            event.setFileName("uppfoljning-" + figures.period().from() + "-" + figures.period().last() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(csv.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String titleKey() {
        return "followup.dashboard.title";
    }

    /** The heading of one of {@code FollowUp.figures}' tables. */
    private static String titleKey(String table) {
        return switch (table) {
            case "grounds" -> "followup.dashboard.grounds.title";
            case "concerns" -> "followup.dashboard.concerns.title";
            case "services" -> "followup.dashboard.services.title";
            case "districts" -> "followup.dashboard.districts.title";
            case "response" -> "followup.dashboard.response.title";
            case "dialogues" -> "followup.dashboard.dialogues.title";
            case "children" -> "followup.dashboard.children.title";
            case "channels" -> "followup.dashboard.channels.title";
            case "proposal_channels" -> "followup.dashboard.proposal_channels.title";
            case "answer_channels" -> "followup.dashboard.answer_channels.title";
            case "reach_age" -> "followup.dashboard.reach_age.title";
            case "reach_gender" -> "followup.dashboard.reach_gender.title";
            case "reach_district" -> "followup.dashboard.reach_district.title";
            case "councils" -> "followup.dashboard.councils.title";
            case "samrad" -> "followup.dashboard.samrad.title";
            case "budget_bands" -> "followup.dashboard.budget_bands.title";
            default -> table;
        };
    }
}
