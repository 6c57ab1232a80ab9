package se.medverka.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.medverka.records.RecordRequests;
import se.medverka.records.RecordsException;
import se.medverka.records.RequestViews.Choice;
import se.medverka.records.RequestViews.Summary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The registry's list of requests for public records (overdue ones marked in words), and registering a new one. */
@Route(value = "personal/handlingar", layout = StaffLayout.class)
@Menu(title = "records.requests.nav.label", order = 320)
@RolesAllowed({"HANDLER", "ADMIN"})
public class RecordRequestsView extends VerticalLayout implements TranslatedTitle {

    private final RecordRequests requests;
    private final Grid<Summary> grid = new Grid<>(Summary.class, false);
    private final Checkbox overdueOnly = new Checkbox();

    public RecordRequestsView(RecordRequests requests, CurrentStaff current) {
        this.requests = requests;
        add(new H1(getTranslation("records.requests.title")), new Paragraph(getTranslation("records.requests.intro")));
        if (!current.committees(se.medverka.shared.security.StaffRole.HANDLER).isEmpty()) {
            add(registration());
        }
        overdueOnly.setLabel(getTranslation("records.requests.overdue.label"));
        overdueOnly.addValueChangeListener(e -> refresh());
        grid.addColumn(Summary::caseNumber).setHeader(getTranslation("records.requests.grid.number.label"));
        grid.addColumn(Summary::subjectCaseNumber).setHeader(getTranslation("records.requests.grid.subject.label"));
        grid.addColumn(s -> Formats.date(s.firstActionDue(), getLocale())).setHeader(getTranslation("records.requests.grid.due.label"));
        grid.addColumn(s -> state(s.state()) + (s.overdue() ? " – " + getTranslation("records.requests.overdue.status") : ""))
                .setHeader(getTranslation("records.requests.grid.state.label"));
        grid.addComponentColumn(s -> new Anchor("personal/handlingar/" + s.id(), getTranslation("records.requests.open.action")));
        grid.setAriaLabel(getTranslation("records.requests.title"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("records.requests.list.title")), overdueOnly, grid);
        refresh();
    }

    private VerticalLayout registration() {
        TextField caseNumber = new TextField(getTranslation("records.requests.case.label"));
        CheckboxGroup<Choice> documents = new CheckboxGroup<>(getTranslation("records.requests.documents.label"));
        documents.setItemLabelGenerator(Choice::title);
        Button find = new Button(getTranslation("records.requests.find.action"), e -> {
            try {
                documents.setItems(requests.documentsOf(caseNumber.getValue()));
                caseNumber.setInvalid(false);
            } catch (RecordsException ex) {
                documents.setItems(List.of());
                fail(caseNumber, ex);
            }
        });
        TextField requester = new TextField(getTranslation("records.requests.requester.label"));
        ComboBox<Language> language = new ComboBox<>(getTranslation("records.requests.language.label"), Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        DatePicker received = new DatePicker(getTranslation("records.requests.received.label"));
        received.setLocale(getLocale());
        Button register = new Button(getTranslation("records.requests.register.action"), e -> {
            try {
                long id = requests.register(caseNumber.getValue(), documents.getValue().stream().map(Choice::key).toList(),
                        requester.getValue(), language.getValue() == null ? null : language.getValue().code(), received.getValue());
                Notices.success(getTranslation("records.requests.registered.message"));
                getUI().ifPresent(ui -> ui.navigate("personal/handlingar/" + id));
            } catch (RecordsException ex) {
                fail(documents, ex);
            }
        });
        register.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("records.requests.register.title")), caseNumber, find,
                documents, requester, language, received, register);
        form.setPadding(false);
        return form;
    }

    private void fail(com.vaadin.flow.component.HasValidation field, RecordsException ex) {
        String message = getTranslation(ex.messageKey());
        field.setErrorMessage(message);
        field.setInvalid(true);
        Notices.error(message);
    }

    private void refresh() {
        grid.setItems(requests.list(overdueOnly.getValue()));
    }

    private String state(String state) {
        return getTranslation(switch (state) {
            case "REGISTERED" -> "records.request.state.registered.label";
            case "IN_REVIEW" -> "records.request.state.inreview.label";
            default -> "records.request.state.decided.label";
        });
    }

    @Override
    public String titleKey() {
        return "records.requests.title";
    }
}
