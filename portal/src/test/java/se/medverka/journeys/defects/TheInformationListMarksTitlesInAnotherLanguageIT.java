package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;

/**
 * Issue 20 item 9: in the Meänkieli information list, a title shown in Finnish (the fallback)
 * carried no marker there, only on the page itself. Every title shown in another language says
 * which, next to it, in the reader's language.
 */
class TheInformationListMarksTitlesInAnotherLanguageIT extends DefectTestBase {

    @Test
    void everyTitleShownInAnotherLanguageIsMarkedWithThatLanguagesName() {
        onEveryScreen(List.of("fit", "sv", "fi", "yi"), WIDTHS, (p, lang) -> {
            open(p, "information?lang=" + lang);
            int marked = 0;
            for (Locator item : p.getByRole(AriaRole.MAIN).getByRole(AriaRole.LISTITEM).all()) {
                Locator link = item.getByRole(AriaRole.LINK);
                String shown = link.getAttribute("lang");
                if (shown == null || shown.equals(Language.fromCode(lang).orElseThrow().htmlLang())) {
                    continue;
                }
                String name = Language.fromCode(shown).orElseThrow().nativeName();
                String marker = MessageFormat.format(t(lang, "information.list.fallback.label"), name);
                Locator mark = item.getByText(marker, new Locator.GetByTextOptions().setExact(true));
                assertThat(mark).isVisible();
                // The marker is in the reader's language, not in the title's.
                assertThat(mark.evaluate("e => e.closest('[lang]').getAttribute('lang')"))
                        .isEqualTo(Language.fromCode(lang).orElseThrow().htmlLang());
                marked++;
            }
            if ("fit".equals(lang)) {
                assertThat(marked).as("Meänkieli shows Finnish titles").isPositive();
            }
        });
    }
}
