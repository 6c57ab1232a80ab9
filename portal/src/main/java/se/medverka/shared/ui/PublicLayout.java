package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The residents' frame around every public page: city name, main navigation, languages, footer.
 * The home link's and the footer's content is static markup shared by every session ({@link SharedMarkup}).
 */
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
        Anchor home = SharedMarkup.fill(new Anchor(), "home", getLocale(), root -> {
            root.appendElement("img").attr("src", "themes/medverka/logo.svg").attr("alt", "");
            root.appendElement("span").addClass("portal-header__city").text(getTranslation("shared.layout.city.name"));
            root.appendElement("span").addClass("portal-header__portal")
                    .text(getTranslation("shared.layout.portal.name"));
        });
        home.setHref("");
        home.addClassName("portal-header__home");
        header.add(home, languageMenu, navigation("shared.layout.nav.label", NAVIGATION));

        Footer footer = SharedMarkup.fill(new Footer(), "footer", getLocale(), root -> {
            root.appendElement("span").text(getTranslation("shared.layout.footer.text"));
            link(root, "information", "shared.layout.footer.rights.action");
            link(root, "personal", "shared.layout.footer.staff.action");
            // The legal pages every public page must link to (lag 2018:1937; GDPR art. 13), owned by the legal module.
            link(root, "tillganglighet", "shared.layout.footer.accessibility.action");
            link(root, "personuppgifter", "shared.layout.footer.privacy.action");
            link(root, "tillganglighet/rapportera", "shared.layout.footer.report.action");
        });
        footer.addClassName("portal-footer");
        add(header, main, footer);
    }

    private void link(Element parent, String route, String labelKey) {
        parent.appendElement("a").attr("href", route).text(getTranslation(labelKey));
    }

    @Override
    protected boolean isCurrent(String route, String path) {
        return route.isEmpty() ? path.isEmpty() : path.equals(route) || path.startsWith(route + "/");
    }
}
