package se.medverka.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.council.Councils;
import se.medverka.council.Councils.CouncilSummary;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The city's councils, each linking to its page; members sign in from here. */
@Route(value = "rad", layout = PublicLayout.class)
@AnonymousAllowed
public class CouncilListView extends Div implements TranslatedTitle {

    public CouncilListView(Councils councils) {
        addClassName("council-page");
        add(new H1(getTranslation("council.list.title")), new Paragraph(getTranslation("council.list.intro.text")));
        UnorderedList list = new UnorderedList();
        for (CouncilSummary c : councils.list(Language.fromLocale(getLocale()))) {
            list.add(new ListItem(new Anchor("rad/" + c.id(), c.name()),
                    new com.vaadin.flow.component.html.Span(" – " + getTranslation(c.kind().labelKey()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("council.list.empty.text")));
        }
        add(list);
        add(new H2(getTranslation("council.list.members.title")),
                new Paragraph(new Anchor("rad/mina", getTranslation("council.list.mine.action"))),
                new Paragraph(new Anchor("remisser", getTranslation("council.list.referrals.action"))));
    }

    @Override
    public String titleKey() {
        return "council.list.title";
    }
}
