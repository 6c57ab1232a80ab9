package se.medverka.routing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.ServiceTypeSummary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The cases of the committees the person handles (administrators: all), most urgent first. The
 * grid loads lazily, page by page, so it stays fast however many cases there are.
 */
@Route(value = "personal/arenden", layout = StaffLayout.class)
@Menu(title = "routing.inbox.nav.label", order = 100)
@RolesAllowed({"HANDLER", "ADMIN"})
public class InboxView extends VerticalLayout implements TranslatedTitle {

    private final InboxPages pages;
    private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    private final Paragraph total = new Paragraph();
    private final Select<CaseKind> kind = new Select<>();
    private final Select<CaseState> state = new Select<>();
    private final ComboBox<DistrictSummary> district = new ComboBox<>();
    private final ComboBox<ServiceTypeSummary> serviceType = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();

    public InboxView(Cases cases, RoutingRegister register) {
        this.pages = new InboxPages(cases);
        add(new H1(getTranslation("routing.inbox.title")));
        add(filters(register), total);

        grid.setId("inbox-grid");
        // A handler reads every value whole: cells wrap (also inside long words) instead of ending in
        // "…", which in Yiddish cut committee names at their start (themes/medverka/styles.css).
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("inbox-grid");
        grid.setAriaLabel(getTranslation("routing.inbox.grid.label"));
        grid.addComponentColumn(this::caseLink).setHeader(getTranslation("routing.inbox.grid.number.label"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Labels.kind(this, c.kind())).setHeader(getTranslation("routing.inbox.grid.kind.label"));
        grid.addColumn(c -> Labels.state(this, c.state())).setHeader(getTranslation("routing.inbox.grid.state.label"));
        grid.addColumn(CaseSummary::committeeName).setHeader(getTranslation("routing.inbox.grid.committee.label"))
                .setFlexGrow(2);
        grid.addColumn(c -> Labels.serviceType(this, c.serviceTypeCode()))
                .setHeader(getTranslation("routing.inbox.grid.servicetype.label"));
        grid.addColumn(c -> c.districtName() == null ? "–" : c.districtName())
                .setHeader(getTranslation("routing.inbox.grid.district.label"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("routing.inbox.grid.due.label")).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, pages.count()));
        grid.setHeight("36rem");
        add(grid);
        refresh();
    }

    private FormLayout filters(RoutingRegister register) {
        kind.setLabel(getTranslation("routing.inbox.filter.kind.label"));
        kind.setItems(CaseKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("routing.inbox.filter.any.label"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("routing.inbox.filter.any.label") : Labels.kind(this, k));

        state.setLabel(getTranslation("routing.inbox.filter.state.label"));
        state.setItems(CaseState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("routing.inbox.filter.open.label"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("routing.inbox.filter.open.label") : Labels.state(this, s));

        district.setLabel(getTranslation("routing.inbox.filter.district.label"));
        district.setItems(register.districts());
        district.setItemLabelGenerator(DistrictSummary::name);
        district.setClearButtonVisible(true);
        district.setPlaceholder(getTranslation("routing.inbox.filter.any.label"));

        serviceType.setLabel(getTranslation("routing.inbox.filter.servicetype.label"));
        serviceType.setItems(register.serviceTypes());
        serviceType.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        serviceType.setClearButtonVisible(true);
        serviceType.setPlaceholder(getTranslation("routing.inbox.filter.any.label"));

        overdue.setLabel(getTranslation("routing.inbox.filter.overdue.label"));

        kind.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        serviceType.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        FormLayout form = new FormLayout(kind, state, district, serviceType, overdue);
        form.addClassName("inbox-filters");
        return form;
    }

    private void refresh() {
        pages.filter(new CaseFilter(kind.getValue(), state.getValue(),
                district.getValue() == null ? null : district.getValue().code(),
                serviceType.getValue() == null ? null : serviceType.getValue().code(),
                null, overdue.getValue(), state.getValue() == CaseState.CLOSED));
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("routing.inbox.total.text", pages.count()));
    }

    private Component caseLink(CaseSummary c) {
        return new Anchor("personal/arenden/" + c.id(), c.caseNumber());
    }

    private Component due(CaseSummary c) {
        Span date = new Span(Formats.date(c.answerDue(), getLocale()));
        if (!c.overdue()) {
            return date;
        }
        // Overdue is said in words (and marked with a border), not by colour alone.
        Span mark = new Span(getTranslation("routing.inbox.grid.overdue.status"));
        mark.addClassName("case-overdue");
        Span both = new Span(date, new Span(" "), mark);
        return both;
    }

    @Override
    public String titleKey() {
        return "routing.inbox.title";
    }
}
