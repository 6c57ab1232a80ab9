package se.medverka.information.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.medverka.information.InformationPages;
import se.medverka.information.InformationPages.PageSummary;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The list of information pages, titled in the reader's language (or the nearest translation). */
@Route(value = "information", layout = PublicLayout.class)
@AnonymousAllowed
public class InformationListView extends Div implements TranslatedTitle {

    public InformationListView(InformationPages pages) {
        addClassName("information-list");
        Language language = LanguageSelection.current();
        List<PageSummary> list = pages.list(language);
        Paragraph count = new Paragraph(getTranslation("information.list.count.text", list.size()));
        count.addClassName("information-count");
        UnorderedList links = new UnorderedList();
        for (PageSummary page : list) {
            Anchor link = new Anchor("information/" + page.slug(), page.title());
            ListItem item = new ListItem(link);
            if (page.shown() != language) {
                link.getElement().setAttribute("lang", page.shown().htmlLang());
                link.getElement().setAttribute("dir", page.shown().rightToLeft() ? "rtl" : "ltr");
                // Said here too, not only on the page: which language the title (and page) is in.
                Span marker = new Span(getTranslation("information.list.fallback.label", page.shown().nativeName()));
                marker.addClassName("information-fallback");
                item.add(new Text(" "), marker);
            }
            links.add(item);
        }
        add(new H1(getTranslation("information.list.title")),
                new Paragraph(getTranslation("information.list.intro")), count, links);
    }

    @Override
    public String titleKey() {
        return "information.list.title";
    }
}
