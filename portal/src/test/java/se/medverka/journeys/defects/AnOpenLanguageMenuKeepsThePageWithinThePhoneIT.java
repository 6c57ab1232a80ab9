package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;

/**
 * Issue 20 item 3: opening the language menu on a phone made the page 404 px (Swedish) and 425 px
 * (Yiddish) wide at 390 px. With the menu open, no page scrolls sideways at 320 or 390 px, in any
 * language, and every language in the menu lies on the screen.
 */
class AnOpenLanguageMenuKeepsThePageWithinThePhoneIT extends DefectTestBase {

    @Test
    void withTheLanguageMenuOpenNoPageScrollsSidewaysInAnyLanguage() {
        List<String> every = Arrays.stream(Language.values()).map(Language::code).toList();
        onEveryScreen(every, List.of(320, 390), (p, lang) -> {
            for (String path : new String[] {"", "klagomal", "barn", "information"}) {
                open(p, path + "?lang=" + lang);
                int before = sidewaysScroll(p);
                // The language menu's summary, as shown: "Språk: svenska".
                Locator menu = p.getByText(t(lang, "shared.layout.language.label") + ": "
                        + Language.fromCode(lang).orElseThrow().nativeName(), new Page.GetByTextOptions().setExact(true));
                menu.click();
                Locator links = p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Language.YI.nativeName()));
                assertThat(links.first()).isVisible();
                assertThat(sidewaysScroll(p)).as("sideways scroll on /%s with the menu open", path).isZero();
                assertThat(before).as("sideways scroll on /%s with the menu closed", path).isZero();
                int width = p.viewportSize().width;
                for (Language l : Language.values()) {
                    var box = p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(l.nativeName()).setExact(true))
                            .first().boundingBox();
                    assertThat(box.x).as("%s starts on the screen", l.nativeName()).isGreaterThanOrEqualTo(0);
                    assertThat(box.x + box.width).as("%s ends on the screen", l.nativeName()).isLessThanOrEqualTo(width);
                }
            }
        });
    }
}
