package se.medverka.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.medverka.records.ErasureDecisions;
import se.medverka.records.ErasureDecisions.Decision;
import se.medverka.records.RecordsException;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Administrators record the decisions on erasure (gallringsbeslut) that retention follows. */
@Route(value = "personal/gallringsbeslut", layout = StaffLayout.class)
@Menu(title = "records.erasure.nav.label", order = 820)
@RolesAllowed("ADMIN")
public class ErasureDecisionsView extends VerticalLayout implements TranslatedTitle {

    private final ErasureDecisions decisions;
    private final Grid<Decision> grid = new Grid<>(Decision.class, false);

    public ErasureDecisionsView(ErasureDecisions decisions, RoutingRegister register) {
        this.decisions = decisions;
        Map<Long, String> names = register.committees().stream()
                .collect(Collectors.toMap(CommitteeSummary::id, CommitteeSummary::name));
        add(new H1(getTranslation("records.erasure.title")), new Paragraph(getTranslation("records.erasure.intro")));
        TextField reference = new TextField(getTranslation("records.erasure.reference.label"));
        DatePicker decidedOn = new DatePicker(getTranslation("records.erasure.date.label"));
        decidedOn.setLocale(getLocale());
        TextField decidedBy = new TextField(getTranslation("records.erasure.decidedby.label"));
        ComboBox<String> kind = new ComboBox<>(getTranslation("records.erasure.kind.label"), ErasureDecisions.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation(ErasureDecisions.kindLabelKey(k)));
        kind.setValue("COMPLAINT");
        ComboBox<CommitteeSummary> committee = new ComboBox<>(getTranslation("records.erasure.committee.label"), register.committees());
        committee.setItemLabelGenerator(CommitteeSummary::name);
        committee.setHelperText(getTranslation("records.erasure.committee.all.label"));
        TextField after = new TextField(getTranslation("records.erasure.after.label"));
        after.setHelperText(getTranslation("records.erasure.after.helper"));
        TextArea kept = new TextArea(getTranslation("records.erasure.kept.label"));
        kept.setWidthFull();
        Checkbox archiveFirst = new Checkbox(getTranslation("records.erasure.archive.label"));
        Button save = new Button(getTranslation("records.erasure.save.action"), e -> {
            try {
                decisions.record(reference.getValue(), decidedOn.getValue(), decidedBy.getValue(), kind.getValue(),
                        committee.getValue() == null ? null : committee.getValue().id(), after.getValue(), kept.getValue(),
                        archiveFirst.getValue());
                Notices.success(getTranslation("records.erasure.saved.message"));
                refresh();
            } catch (RecordsException ex) {
                String message = getTranslation(ex.messageKey());
                reference.setErrorMessage(message);
                reference.setInvalid(true);
                Notices.error(message);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("records.erasure.new.title")), reference, decidedOn, decidedBy, kind, committee, after,
                kept, archiveFirst, save);
        grid.addColumn(Decision::reference).setHeader(getTranslation("records.erasure.reference.label"));
        grid.addColumn(d -> Formats.date(d.decidedOn(), getLocale())).setHeader(getTranslation("records.erasure.date.label"));
        grid.addColumn(Decision::decidedBy).setHeader(getTranslation("records.erasure.decidedby.label"));
        grid.addColumn(d -> d.committeeId() == null ? getTranslation("records.erasure.committee.all.label") : names.get(d.committeeId()))
                .setHeader(getTranslation("records.erasure.committee.label"));
        grid.addColumn(Decision::eraseAfter).setHeader(getTranslation("records.erasure.after.label"));
        grid.addColumn(Decision::whatIsKept).setHeader(getTranslation("records.erasure.kept.label"));
        grid.addColumn(d -> getTranslation(d.archiveFirst() ? "records.erasure.archive.yes.text" : "records.erasure.archive.no.text"))
                .setHeader(getTranslation("records.erasure.archive.label"));
        grid.setAriaLabel(getTranslation("records.erasure.title"));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(decisions.all());
    }

    @Override
    public String titleKey() {
        return "records.erasure.title";
    }
}
