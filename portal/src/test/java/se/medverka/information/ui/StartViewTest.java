package se.medverka.information.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.LanguageMenu;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.staff.ui.LoginView;
import se.medverka.testsupport.Translations;

/** The start page without a browser: texts per language and the language switcher's links. */
@SpringBootTest
class StartViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheSwedishStartPageWithAllTenLanguagesToChooseFrom() {
        navigate(StartView.class);
        assertThat(startPage().select("h1").text()).isEqualTo(Translations.sv("information.start.title"));
        String menuHtml = $(LanguageMenu.class).single().getElement().getProperty("innerHTML");
        Document menu = Jsoup.parseBodyFragment(menuHtml);
        assertThat(menu.select("a[data-lang]").eachAttr("lang"))
                .containsExactly("sv", "sv", "en", "fi", "fit", "se", "smj", "sma", "rom", "yi");
        assertThat(menu.select("a[data-lang=yi]").text()).isEqualTo(Language.YI.nativeName());
        assertThat(menu.select("a[data-lang=yi]").attr("dir")).isEqualTo("rtl");
        assertThat(menu.select("a[aria-current]").eachAttr("data-lang")).containsExactly("sv");
        // Written as character references, so that the page's response string stays one byte per character.
        assertThat(menuHtml.chars()).allMatch(c -> c <= 0xFF);
    }

    /**
     * Every UI keeps its last response, about 17 000 characters for this page: one character
     * outside Latin-1 anywhere in it makes the JVM store all of them with two bytes, 17 KiB more per
     * open start page (see the README's load section).
     */
    @Test
    void theSwedishStartPageSendsOnlyLatin1Characters() {
        navigate(StartView.class);
        String sent = sentText($(PublicLayout.class).single().getElement())
                + $(StartView.class).single().getPageTitle();
        assertThat(sent.chars().filter(c -> c > 0xFF).mapToObj(Character::toString)).isEmpty();
    }

    /** The start page's own content: static markup, one element ({@code SharedMarkup}). */
    private Document startPage() {
        List<String> html = $(StartView.class).all().stream()
                .map(view -> view.getElement().getProperty("innerHTML")).toList();
        assertThat(html).hasSize(1);
        Document page = Jsoup.parseBodyFragment(html.getFirst());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("section.start-card h2")).hasSize(4);
        assertThat(page.select("a.card-link").eachAttr("href")).containsExactly("dialog", "barn", "klagomal", "information");
        return page;
    }

    /** Every text and attribute the tree sends: text nodes, attributes and content given as markup. */
    private static String sentText(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder sent = new StringBuilder(element.getText());
        element.getAttributeNames().forEach(name -> sent.append(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> sent.append(element.getProperty(name)));
        element.getChildren().forEach(child -> sent.append(sentText(child)));
        return sent.toString();
    }

    @Test
    void finnishChosenGivesFinnishTexts() {
        LanguageSelection.apply(UI.getCurrent(), Language.FI);
        // The base class has already opened the start page; a view is built anew only on a new route.
        navigate(LoginView.class);
        navigate(StartView.class);
        assertThat(startPage().select("h1").text()).isEqualTo(Translations.text("fi", "information.start.title"));
    }
}
