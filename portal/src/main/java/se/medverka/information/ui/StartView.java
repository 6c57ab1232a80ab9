package se.medverka.information.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jsoup.nodes.Element;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.SharedMarkup;

/**
 * The start page: what residents and children can do here, one card each. Static content, so one
 * element with markup shared by every session ({@link SharedMarkup}), not some thirty components.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class StartView extends Div implements HasDynamicTitle {

    public StartView() {
        addClassName("start-view");
        SharedMarkup.fill(this, "start", getLocale(), root -> {
            Element hero = root.appendElement("section").addClass("start-hero");
            hero.appendElement("h1").text(getTranslation("information.start.title"));
            hero.appendElement("p").text(getTranslation("information.start.intro"));
            Element cards = root.appendElement("div").addClass("start-cards");
            card(cards, "dialog", "information.start.card.dialogues.title", "information.start.card.dialogues.text",
                    "information.start.card.dialogues.action");
            card(cards, "barn", "information.start.card.children.title", "information.start.card.children.text",
                    "information.start.card.children.action");
            card(cards, "klagomal", "information.start.card.complaint.title", "information.start.card.complaint.text",
                    "information.start.card.complaint.action");
            card(cards, "information", "information.start.card.rights.title", "information.start.card.rights.text",
                    "information.start.card.rights.action");
        });
    }

    private void card(Element cards, String route, String titleKey, String textKey, String actionKey) {
        Element card = cards.appendElement("section").addClass("start-card");
        card.appendElement("h2").text(getTranslation(titleKey));
        card.appendElement("p").text(getTranslation(textKey));
        card.appendElement("a").attr("href", route).addClass("card-link").text(getTranslation(actionKey));
    }

    /** The heading alone: it already names the portal, which other pages' titles end with. */
    @Override
    public String getPageTitle() {
        return getTranslation("information.start.title");
    }
}
