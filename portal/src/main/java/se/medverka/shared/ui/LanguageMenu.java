package se.medverka.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumMap;
import java.util.Map;
import se.medverka.shared.i18n.Language;

/**
 * The language switcher: every language by its own name, as plain links ({@code ?lang=xx}) so that
 * a choice is a shareable address and works without script. Each name carries its own
 * {@code lang} so that screen readers pronounce it right.
 */
public class LanguageMenu extends Composite<NativeDetails> {

    private final Map<Language, Anchor> links = new EnumMap<>(Language.class);

    public LanguageMenu(String summaryText, Language current) {
        NativeDetails details = getContent();
        details.addClassName("language-menu");
        Span summary = new Span(summaryText + ": " + current.nativeName());
        details.setSummary(summary);
        UnorderedList list = new UnorderedList();
        list.addClassName("language-menu__list");
        for (Language language : Language.values()) {
            Anchor link = new Anchor("?lang=" + language.code(), language.nativeName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("lang", language.htmlLang());
            link.getElement().setAttribute("hreflang", language.htmlLang());
            link.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            link.getElement().setAttribute("data-lang", language.code());
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            links.put(language, link);
            list.add(new ListItem(link));
        }
        details.setContent(list);
    }

    /** Keeps the links pointing at the page the person is on, so switching language stays there. */
    public void setPath(String path) {
        links.forEach((language, link) -> link.setHref("/" + path + "?lang=" + language.code()));
    }
}
