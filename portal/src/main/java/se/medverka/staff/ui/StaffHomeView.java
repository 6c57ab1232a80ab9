package se.medverka.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/** The staff area's start: what the person may do, and for which committees. */
@Route(value = "personal", layout = StaffLayout.class)
@Menu(title = "staff.home.nav.label", order = 0)
@PermitAll
public class StaffHomeView extends VerticalLayout implements TranslatedTitle {

    public StaffHomeView(CurrentStaff current, RoutingRegister register, se.medverka.staff.StaffAccounts accounts) {
        add(new H1(getTranslation("staff.home.title")));
        Paragraph intro = new Paragraph(getTranslation("staff.home.intro"));
        intro.setId("staff-home-intro");
        add(intro);
        // The list of roles is named by the sentence that introduces it.
        UnorderedList roles = new UnorderedList();
        roles.addClassName("staff-roles");
        roles.getElement().setAttribute("aria-labelledby", "staff-home-intro");
        for (StaffRole role : StaffRole.values()) {
            if (role.cityWide() && current.has(role)) {
                roles.add(new ListItem(getTranslation(role.labelKey())));
            }
        }
        for (StaffRole role : new StaffRole[] {StaffRole.HANDLER, StaffRole.MODERATOR}) {
            current.committees(role).forEach(id -> roles.add(new ListItem(getTranslation(role.labelKey())
                    + " – " + register.committee(id).map(CommitteeSummary::name).orElse("#" + id))));
        }
        if (roles.getChildren().findAny().isEmpty()) {
            roles.add(new ListItem(getTranslation("staff.home.roles.none")));
        }
        add(roles);
        if (accounts.ownAccountIsLocal()) {
            // Only a local (break-glass) account has a password here; the city's accounts change theirs there.
            add(new com.vaadin.flow.component.html.Anchor("personal/losenord", getTranslation("staff.home.password.action")));
        }
    }

    @Override
    public String titleKey() {
        return "staff.home.title";
    }
}
