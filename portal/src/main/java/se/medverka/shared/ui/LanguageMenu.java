package se.medverka.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.medverka.shared.i18n.Language;

/**
 * The language switcher: every language by its own name, as plain links ({@code ?lang=xx}) so that
 * a choice is a shareable address and works without script. Each name carries its own
 * {@code lang} (and {@code dir}) so that screen readers pronounce it right.
 *
 * <p>Rendered as one element whose content is HTML built here, not as some thirty components: every
 * open page keeps its component tree and its last UIDL response in the session, and the menu was a
 * third of the start page's tree. Characters outside Latin-1 (the Yiddish name) are written as
 * character references, so that the response string stays Latin-1 and the JVM stores it with one
 * byte per character instead of two. The markup is shared by the sessions ({@link SharedMarkup}).
 */
@Tag("details")
public class LanguageMenu extends Component {

    private final String summaryText;
    private final Language current;

    public LanguageMenu(String summaryText, Language current) {
        this.summaryText = summaryText;
        this.current = current;
        getElement().getClassList().add("language-menu");
        render("");
    }

    /** Keeps the links pointing at the page the person is on, so switching language stays there. */
    public void setPath(String path) {
        render("/" + path);
    }

    private void render(String page) {
        // The same string for every session on the same page in the same language.
        getElement().setProperty("innerHTML", SharedMarkup.shared(
                "languages|" + current.code() + "|" + summaryText + "|" + page, () -> html(page)));
    }

    private String html(String page) {
        Document menu = new Document("");
        // jsoup escapes markup characters, and what Latin-1 cannot hold as &#x…; references.
        menu.outputSettings().charset(StandardCharsets.ISO_8859_1).prettyPrint(false);
        menu.appendElement("summary").text(summaryText + ": " + current.nativeName());
        Element list = menu.appendElement("ul").addClass("language-menu__list");
        for (Language language : Language.values()) {
            Element link = list.appendElement("li").appendElement("a")
                    .attr("href", page + "?lang=" + language.code())
                    // A full page load: the language is chosen when the page is built.
                    .attr("router-ignore", "")
                    .attr("lang", language.htmlLang())
                    .attr("hreflang", language.htmlLang())
                    .attr("dir", language.rightToLeft() ? "rtl" : "ltr")
                    .attr("data-lang", language.code())
                    .text(language.nativeName());
            if (language == current) {
                link.attr("aria-current", "true");
            }
        }
        return menu.html();
    }
}
