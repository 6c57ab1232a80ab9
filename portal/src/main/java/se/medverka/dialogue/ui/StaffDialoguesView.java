package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Summary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The dialogues of the staff member's committees. */
@Route(value = "personal/dialoger", layout = StaffLayout.class)
@Menu(title = "dialogue.staff.nav.label", order = 220)
@RolesAllowed({"ADMIN", "HANDLER", "MODERATOR"})
public class StaffDialoguesView extends VerticalLayout implements TranslatedTitle {

    public StaffDialoguesView(DialogueAdmin admin) {
        Button create = new Button(getTranslation("dialogue.staff.create.action"),
                e -> getUI().ifPresent(ui -> ui.navigate(DialogueEditorView.class, "ny")));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Grid<Summary> grid = new Grid<>(Summary.class, false);
        grid.addComponentColumn(s -> new Anchor("personal/dialoger/" + s.id(), s.title()))
                .setHeader(getTranslation("dialogue.staff.grid.title.label")).setFlexGrow(3);
        grid.addColumn(Summary::committeeName).setHeader(getTranslation("dialogue.staff.grid.committee.label"));
        grid.addColumn(s -> getTranslation(s.status().labelKey()))
                .setHeader(getTranslation("dialogue.staff.grid.status.label"));
        grid.addColumn(s -> Formats.date(s.closesOn(), getLocale())).setHeader(getTranslation("dialogue.staff.grid.closes.label"));
        grid.setAriaLabel(getTranslation("dialogue.staff.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(admin.list());
        add(new H1(getTranslation("dialogue.staff.title")), create, grid);
    }

    @Override
    public String titleKey() {
        return "dialogue.staff.title";
    }
}
