package se.medverka.information.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.shared.ui.PublicLayout;

/** The start page: what residents and children can do here, one card each. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class StartView extends Div implements HasDynamicTitle {

    public StartView() {
        addClassName("start-view");
        Section hero = new Section(new H1(getTranslation("information.start.title")),
                new Paragraph(getTranslation("information.start.intro")));
        hero.addClassName("start-hero");
        Div cards = new Div(
                card("dialog", "information.start.card.dialogues.title", "information.start.card.dialogues.text",
                        "information.start.card.dialogues.action"),
                card("barn", "information.start.card.children.title", "information.start.card.children.text",
                        "information.start.card.children.action"),
                card("klagomal", "information.start.card.complaint.title", "information.start.card.complaint.text",
                        "information.start.card.complaint.action"),
                card("information", "information.start.card.rights.title", "information.start.card.rights.text",
                        "information.start.card.rights.action"));
        cards.addClassName("start-cards");
        add(hero, cards);
    }

    private Section card(String route, String titleKey, String textKey, String actionKey) {
        H2 heading = new H2(getTranslation(titleKey));
        Anchor link = new Anchor(route, getTranslation(actionKey));
        link.addClassName("card-link");
        Section card = new Section(heading, new Paragraph(getTranslation(textKey)), link);
        card.addClassName("start-card");
        return card;
    }

    /** The heading alone: it already names the portal, which other pages' titles end with. */
    @Override
    public String getPageTitle() {
        return getTranslation("information.start.title");
    }
}
