package se.medverka.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import se.medverka.shared.i18n.LanguageSelection;

/**
 * What the public and the staff frame share: a skip link, one {@code <main>} landmark that the
 * views go into, a navigation that marks the current page, and the language switcher.
 */
public abstract class PortalFrame extends Div implements RouterLayout, AfterNavigationObserver {

    protected final Main main = new Main();
    protected final LanguageMenu languageMenu;
    private final Map<String, Anchor> navLinks = new LinkedHashMap<>();

    protected PortalFrame() {
        addClassName("portal");
        languageMenu = new LanguageMenu(getTranslation("shared.layout.language.label"),
                LanguageSelection.current(UI.getCurrent()));
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");
        add(SkipLink.to("main-content", getTranslation("shared.layout.skip.action")));
    }

    /** A navigation landmark with the given links (route → label key) in order. */
    protected Nav navigation(String labelKey, Map<String, String> routes) {
        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", getTranslation(labelKey));
        UnorderedList items = new UnorderedList();
        routes.forEach((route, key) -> {
            Anchor link = new Anchor(route, getTranslation(key));
            navLinks.put(route, link);
            items.add(new ListItem(link));
        });
        nav.add(items);
        return nav;
    }

    /** Whether the navigation entry for {@code route} is the page at {@code path}. */
    protected abstract boolean isCurrent(String route, String path);

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        languageMenu.setPath(path);
        navLinks.forEach((route, link) -> {
            if (isCurrent(route, path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
