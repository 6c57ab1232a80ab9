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
                card("dialog", "dialogues"),
                card("barn", "children"),
                card("klagomal", "complaint"),
                card("information", "rights"));
        cards.addClassName("start-cards");
        add(hero, cards);
    }

    private Section card(String route, String name) {
        String prefix = "information.start.card." + name;
        H2 heading = new H2(getTranslation(prefix + ".title"));
        Anchor link = new Anchor(route, getTranslation(prefix + ".action"));
        link.addClassName("card-link");
        Section card = new Section(heading, new Paragraph(getTranslation(prefix + ".text")), link);
        card.addClassName("start-card");
        return card;
    }

    /** The heading alone: it already names the portal, which other pages' titles end with. */
    @Override
    public String getPageTitle() {
        return getTranslation("information.start.title");
    }
}
