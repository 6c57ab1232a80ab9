package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;

/**
 * Issue 20 item 3: opening the language menu on a phone made the page 404 px (Swedish) and 425 px
 * (Yiddish) wide at 390 px. With the menu open, no page scrolls sideways at 320 or 390 px, in any
 * language, and every language in the menu lies on the screen.
 */
class AnOpenLanguageMenuKeepsThePageWithinThePhoneIT extends DefectTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void withTheLanguageMenuOpenNoPageScrollsSidewaysInAnyLanguage() {
        List<String> every = Arrays.stream(Language.values()).map(Language::code).toList();
        // The portal is loaded once per language at 320 px; the reader goes on to the other pages
        // within it, and each page is then turned into a 390 px screen: the layout follows the width
        // by CSS alone, so both widths are checked without a reload.
        onEveryScreen(every, List.of(320), (p, lang) -> {
            open(p, "?lang=" + lang);
            for (String path : new String[] {"", "klagomal", "barn", "information"}) {
                p.setViewportSize(320, 844);
                if (!path.isEmpty()) {
                    goWithinThePortal(p, path);
                }
                // The language menu's summary, as shown: "Språk: svenska".
                Locator menu = p.getByText(t(lang, "shared.layout.language.label") + ": "
                        + Language.fromCode(lang).orElseThrow().nativeName(), new Page.GetByTextOptions().setExact(true));
                for (int width : List.of(320, 390)) {
                    p.setViewportSize(width, 844);
                    assertThat(sidewaysScroll(p)).as("sideways scroll on /%s at %d px with the menu closed", path, width)
                            .isZero();
                    menu.click();
                    Locator links = p.getByRole(AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(Language.YI.nativeName()));
                    assertThat(links.first()).isVisible();
                    assertThat(sidewaysScroll(p)).as("sideways scroll on /%s at %d px with the menu open", path, width)
                            .isZero();
                    // Where every visible link lies, read in one round trip rather than one per language.
                    List<Map<String, Object>> shown = (List<Map<String, Object>>) p.getByRole(AriaRole.LINK).evaluateAll(
                            "links => links.filter(a => a.getClientRects().length > 0).map(a => {"
                                    + " const r = a.getBoundingClientRect();"
                                    + " return {name: a.textContent.trim(), left: r.left, right: r.right}; })");
                    for (Language l : Language.values()) {
                        Map<String, Object> box = shown.stream().filter(b -> l.nativeName().equals(b.get("name")))
                                .findFirst().orElseThrow(() -> new AssertionError(l.nativeName() + " is not in the menu"));
                        assertThat(((Number) box.get("left")).doubleValue())
                                .as("%s starts on the screen at %d px", l.nativeName(), width).isGreaterThanOrEqualTo(0);
                        assertThat(((Number) box.get("right")).doubleValue())
                                .as("%s ends on the screen at %d px", l.nativeName(), width).isLessThanOrEqualTo(width);
                    }
                    menu.click();
                    assertThat(links.first()).isHidden();
                }
            }
        });
    }
}
