package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Static markup is built once per language and piece and the same string given to every session. */
class SharedMarkupTest {

    @Test
    void everySessionGetsTheSameStringAndEachLanguageItsOwn() {
        Locale yiddish = Locale.forLanguageTag("yi");
        Div first = SharedMarkup.fill(new Div(), "test-piece", yiddish,
                root -> root.appendElement("h2").text("שלום <&>"));
        Div second = SharedMarkup.fill(new Div(), "test-piece", yiddish,
                root -> root.appendElement("h2").text("built again"));
        Div swedish = SharedMarkup.fill(new Div(), "test-piece", Locale.forLanguageTag("sv"),
                root -> root.appendElement("h2").text("Hej"));

        String html = first.getElement().getProperty("innerHTML");
        // Markup characters escaped, other characters as they are (shorter than references).
        assertThat(html).isEqualTo("<h2>שלום &lt;&amp;&gt;</h2>");
        assertThat(second.getElement().getProperty("innerHTML")).isSameAs(html);
        assertThat(swedish.getElement().getProperty("innerHTML")).isEqualTo("<h2>Hej</h2>");
    }
}
