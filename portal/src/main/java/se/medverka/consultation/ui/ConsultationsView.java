package se.medverka.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationException;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.Consultations.NewConsultation;
import se.medverka.consultation.Consultations.Summary;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Staff: the consultations of their committees, and a form to start a new one. */
@Route(value = "personal/konsultationer", layout = StaffLayout.class)
@Menu(title = "consultation.staff.nav.label", order = 300)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ConsultationsView extends VerticalLayout implements TranslatedTitle {

    public ConsultationsView(Consultations consultations, RoutingRegister register, CurrentStaff staff) {
        Map<Long, CommitteeSummary> committees = register.committees().stream()
                .collect(Collectors.toMap(CommitteeSummary::id, Function.identity()));
        add(new H1(getTranslation("consultation.staff.list.title")));

        Grid<Summary> grid = new Grid<>(Summary.class, false);
        grid.addColumn(new ComponentRenderer<>(s -> new Anchor("personal/konsultation/" + s.id(), s.title())))
                .setHeader(getTranslation("consultation.staff.list.grid.title.label")).setFlexGrow(3);
        grid.addColumn(s -> committees.containsKey(s.committeeId()) ? committees.get(s.committeeId()).name() : "")
                .setHeader(getTranslation("consultation.staff.list.grid.committee.label")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.status().labelKey()))
                .setHeader(getTranslation("consultation.staff.list.grid.status.label"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("consultation.staff.list.title"));
        grid.setItems(consultations.mine());
        add(grid);

        add(new H2(getTranslation("consultation.staff.create.title")));
        TextField title = new TextField(getTranslation("consultation.staff.create.name.label"));
        title.setHelperText(getTranslation("consultation.staff.create.name.helper"));
        title.setMaxLength(200);
        ComboBox<CommitteeSummary> committee = new ComboBox<>(getTranslation("consultation.staff.create.committee.label"));
        List<CommitteeSummary> mine = staff.isAdmin() ? register.committees()
                : register.committees().stream().filter(c -> staff.committees(StaffRole.HANDLER).contains(c.id())).toList();
        committee.setItems(mine);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        if (mine.size() == 1) {
            committee.setValue(mine.getFirst());
        }
        CheckboxGroup<AgeBand> bands = new CheckboxGroup<>(getTranslation("consultation.staff.create.bands.label"));
        bands.setItems(AgeBand.values());
        bands.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        CheckboxGroup<Language> languages = new CheckboxGroup<>(getTranslation("consultation.staff.create.languages.label"));
        languages.setItems(Arrays.stream(Language.values()).toList());
        languages.setItemLabelGenerator(Language::nativeName);
        languages.setValue(java.util.Set.of(Language.SV));
        Checkbox withoutCode = new Checkbox(getTranslation("consultation.staff.create.open.label"));
        Button create = new Button(getTranslation("consultation.staff.create.create.action"), e -> {
            try {
                long id = consultations.create(new NewConsultation(title.getValue(),
                        committee.isEmpty() ? null : committee.getValue().id(), bands.getValue(),
                        Arrays.stream(Language.values()).filter(languages.getValue()::contains).map(Language::code).toList(),
                        withoutCode.getValue()));
                Notices.success(getTranslation("consultation.staff.create.created.message"));
                e.getSource().getUI().ifPresent(ui -> ui.navigate("personal/konsultation/" + id));
            } catch (ConsultationException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new FormLayout(title, committee, bands, languages, withoutCode), create);
    }

    @Override
    public String titleKey() {
        return "consultation.staff.list.title";
    }
}
