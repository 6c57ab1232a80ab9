package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff area's frame: who is logged in, the menu, log out.
 *
 * <p>The menu knows no module: a staff view enters it by carrying {@link Menu @Menu} (the title is
 * a translation key, the order its position) next to its {@code @Route(layout = StaffLayout.class)}.
 * Who sees the entry follows from the view's own access annotation ({@code @RolesAllowed},
 * {@code @PermitAll}): Vaadin's {@link MenuConfiguration} lists only views the navigation access
 * control lets the person open, and the layout checks the annotation once more itself so that the
 * menu never shows more than the view allows, even where no access control is installed.
 */
@PermitAll
public class StaffLayout extends PortalFrame {

    public StaffLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        addClassName("staff");
        Principal principal = authentication.isAuthenticated()
                ? () -> authentication.getPrincipalName().orElse("")
                : null;
        Map<String, String> routes = new LinkedHashMap<>();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> isStaffView(entry.menuClass()))
                .filter(entry -> access.hasAccess(entry.menuClass(), principal, authentication::hasRole))
                .forEach(entry -> routes.put(relative(entry), entry.title()));

        Header header = new Header();
        header.addClassName("portal-header");
        Anchor home = new Anchor("personal", new Span(getTranslation("shared.layout.portal.name")),
                new Span(getTranslation("shared.staff.layout.area.name")));
        home.addClassName("portal-header__home");
        Span who = new Span(getTranslation("shared.staff.layout.user.label",
                authentication.getPrincipalName().orElse("")));
        who.addClassName("staff-user");
        Button logout = new Button(getTranslation("shared.staff.layout.logout.action"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        header.add(home, who, logout, languageMenu, navigation("shared.staff.layout.nav.label", routes));
        add(header, main);
    }

    private static boolean isStaffView(Class<? extends Component> view) {
        Route route = view == null ? null : view.getAnnotation(Route.class);
        return route != null && route.layout() == StaffLayout.class;
    }

    /** The entry's route without the leading slash, so that links stay relative to the portal's base. */
    private static String relative(MenuEntry entry) {
        String path = entry.path();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    protected boolean isCurrent(String route, String path) {
        return path.equals(route);
    }
}
