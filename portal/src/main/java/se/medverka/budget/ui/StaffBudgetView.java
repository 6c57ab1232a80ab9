package se.medverka.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The citizen budget rounds of the staff member's committees. */
@Route(value = "personal/budget", layout = StaffLayout.class)
@Menu(title = "budget.staff.nav.label", order = 400)
@RolesAllowed({"ADMIN", "HANDLER"})
public class StaffBudgetView extends VerticalLayout implements TranslatedTitle {

    public StaffBudgetView(BudgetRounds rounds) {
        Button create = new Button(getTranslation("budget.staff.create.action"),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundEditorView.class, RoundEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Grid<Round> grid = new Grid<>(Round.class, false);
        grid.addComponentColumn(r -> new Anchor("personal/budget/omgang/" + r.id(), r.title()))
                .setHeader(getTranslation("budget.staff.grid.title.label")).setFlexGrow(3);
        grid.addColumn(Round::committeeName).setHeader(getTranslation("budget.staff.grid.committee.label"));
        grid.addColumn(r -> getTranslation(r.phase().labelKey())).setHeader(getTranslation("budget.staff.grid.phase.label"));
        grid.setAriaLabel(getTranslation("budget.staff.title"));
        grid.setAllRowsVisible(true);
        grid.setItems(rounds.mine());
        add(new H1(getTranslation("budget.staff.title")), create, grid);
    }

    @Override
    public String titleKey() {
        return "budget.staff.title";
    }
}
