package se.medverka.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff area's frame: who is logged in, the menu the modules contribute, log out. */
@PermitAll
public class StaffLayout extends PortalFrame {

    public StaffLayout(AuthenticationContext authentication, List<StaffMenuItem> menu) {
        addClassName("staff");
        Collection<String> roles = authentication.getGrantedRoles();
        Map<String, String> routes = new LinkedHashMap<>();
        menu.stream()
                .filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(roles::contains))
                .sorted(Comparator.comparingInt(StaffMenuItem::order))
                .forEach(item -> routes.put(item.route(), item.labelKey()));

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

    @Override
    protected boolean isCurrent(String route, String path) {
        return path.equals(route);
    }
}
