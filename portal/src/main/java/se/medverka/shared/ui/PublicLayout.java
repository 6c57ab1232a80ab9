package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** The residents' frame around every public page: city name, main navigation, languages, footer. */
@AnonymousAllowed
public class PublicLayout extends PortalFrame {

    /** Routes of the main navigation and their label keys; the modules own the routes. */
    private static final Map<String, String> NAVIGATION = new LinkedHashMap<>();

    static {
        NAVIGATION.put("", "shared.layout.nav.start.label");
        NAVIGATION.put("dialog", "shared.layout.nav.dialogues.label");
        NAVIGATION.put("barn", "shared.layout.nav.children.label");
        NAVIGATION.put("klagomal", "shared.layout.nav.complaint.label");
        NAVIGATION.put("rad", "shared.layout.nav.councils.label");
        NAVIGATION.put("information", "shared.layout.nav.information.label");
    }

    public PublicLayout() {
        Header header = new Header();
        header.addClassName("portal-header");
        Span city = new Span(getTranslation("shared.layout.city.name"));
        city.addClassName("portal-header__city");
        Span portal = new Span(getTranslation("shared.layout.portal.name"));
        portal.addClassName("portal-header__portal");
        Anchor home = new Anchor("", new Image("themes/medverka/logo.svg", ""), city, portal);
        home.addClassName("portal-header__home");
        header.add(home, languageMenu, navigation("shared.layout.nav.label", NAVIGATION));

        Footer footer = new Footer();
        footer.addClassName("portal-footer");
        footer.add(new Span(getTranslation("shared.layout.footer.text")),
                new Anchor("information", getTranslation("shared.layout.footer.rights.action")),
                new Anchor("personal", getTranslation("shared.layout.footer.staff.action")));
        // The legal pages every public page must link to (lag 2018:1937; GDPR art. 13), owned by the legal module.
        footer.add(new Anchor("tillganglighet", getTranslation("shared.layout.footer.accessibility.action")),
                new Anchor("personuppgifter", getTranslation("shared.layout.footer.privacy.action")),
                new Anchor("tillganglighet/rapportera", getTranslation("shared.layout.footer.report.action")));
        add(header, main, footer);
    }

    @Override
    protected boolean isCurrent(String route, String path) {
        return route.isEmpty() ? path.isEmpty() : path.equals(route) || path.startsWith(route + "/");
    }
}
