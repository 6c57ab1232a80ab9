package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.medverka.council.CouncilException;
import se.medverka.council.CouncilKind;
import se.medverka.council.Councils;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The councils of the person's committees, and a new council: kind, running committee, name per language. */
@Menu(title = "council.staff.nav.label", order = 240)
@Route(value = "personal/rad", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaffCouncilsView extends Div implements TranslatedTitle {

    public StaffCouncilsView(Councils councils, RoutingRegister register, CurrentStaff staff) {
        addClassName("council-staff");
        add(new H1(getTranslation("council.staff.title")));
        NativeTable table = CouncilUi.table(getTranslation("council.staff.title"), List.of(
                getTranslation("council.edit.name.label"), getTranslation("council.edit.kind.label"),
                getTranslation("council.edit.committee.label")));
        for (Councils.CouncilSummary c : councils.forStaff(Language.fromLocale(getLocale()))) {
            CouncilUi.row(table, new Anchor("personal/rad/" + c.id(), c.name()), getTranslation(c.kind().labelKey()),
                    c.committeeName());
        }
        add(table);

        add(new H2(getTranslation("council.edit.title")));
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        Select<CouncilKind> kind = new Select<>();
        kind.setLabel(getTranslation("council.edit.kind.label"));
        kind.setItems(CouncilKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        Select<CommitteeSummary> committee = new Select<>();
        committee.setLabel(getTranslation("council.edit.committee.label"));
        List<CommitteeSummary> mine = register.committees().stream()
                .filter(c -> c.active() && staff.mayActFor(StaffRole.HANDLER, c.id())).toList();
        committee.setItems(mine);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        if (mine.size() == 1) {
            committee.setValue(mine.getFirst());
        }
        add(errors, kind, committee);
        Map<Language, TextField> names = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            TextField name = new TextField(getTranslation("council.edit.name.language.label", l.nativeName()));
            name.setMaxLength(200);
            name.getElement().setAttribute("lang", l.htmlLang());
            if (l == Language.SV) {
                name.setRequiredIndicatorVisible(true);
            }
            names.put(l, name);
            add(name);
        }
        Button create = new Button(getTranslation("council.edit.create.action"), e -> {
            try {
                Map<Language, String> values = new EnumMap<>(Language.class);
                names.forEach((l, f) -> values.put(l, f.getValue()));
                long id = councils.create(new Councils.NewCouncil(kind.getValue(),
                        committee.getValue() == null ? -1 : committee.getValue().id(), values));
                Notices.success(getTranslation("council.edit.created.message"));
                getUI().ifPresent(ui -> ui.navigate("personal/rad/" + id));
            } catch (CouncilException ex) {
                CouncilUi.show(errors, getTranslation(ex.messageKey()));
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(create);
    }

    @Override
    public String titleKey() {
        return "council.staff.nav.label";
    }
}
