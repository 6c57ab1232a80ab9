package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;

/** The switcher's HTML is built by hand, so its escaping is checked here. */
class LanguageMenuTest {

    @Test
    void thePathIsEscapedAndTheLinksKeepThePage() {
        LanguageMenu menu = new LanguageMenu("Språk <&>", Language.YI);
        menu.setPath("information/\"><script>alert(1)</script>");
        String html = menu.getElement().getProperty("innerHTML");
        Document parsed = Jsoup.parseBodyFragment(html);

        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("a[data-lang]")).hasSize(Language.values().length);
        assertThat(parsed.select("a[data-lang=fi]").attr("href"))
                .isEqualTo("/information/\"><script>alert(1)</script>?lang=fi");
        assertThat(parsed.select("a[data-lang]")).allMatch(a -> a.hasAttr("router-ignore"));
        assertThat(parsed.select("summary").text()).isEqualTo("Språk <&>: " + Language.YI.nativeName());
        assertThat(parsed.select("a[aria-current]").eachAttr("data-lang")).containsExactly("yi");
        assertThat(html.chars()).allMatch(c -> c <= 0xFF);
    }
}
