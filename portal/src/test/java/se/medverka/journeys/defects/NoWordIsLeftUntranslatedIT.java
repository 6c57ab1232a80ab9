package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.TestEnvironment;

/**
 * Issue 20 item 11: "Show password" was read out in English on the status page, the staff login
 * and the users page in Finnish and Yiddish, and the Yiddish staff pages said "URL", "text, status
 * (draft / reviewed)" and "Markdown: ## … — HTML ✗".
 */
class NoWordIsLeftUntranslatedIT extends DefectTestBase {

    /** Names of file formats, and values a translator types exactly as written (quoted), may stay Latin. */
    static final Pattern ALLOWED = Pattern.compile("CSV|UTF-8|HTML|Markdown|Medverka|https?://\\S*|information/…|[„”\"“][^„”\"“]*[”\"“]|a–z");
    static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");

    @Test
    void thePasswordRevealButtonIsNamedInTheReadersLanguage() {
        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            String reveal = t(lang, "shared.password.reveal.action");
            open(p, "klagomal/status?lang=" + lang);
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(reveal).setExact(true))).hasCount(1);
            open(p, "personal/login?lang=" + lang);
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(reveal).setExact(true))).hasCount(1);
            logInAsStaff(p, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
            open(p, "personal/anvandare?lang=" + lang);
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(reveal).setExact(true))).hasCount(1);
            if (!"en".equals(lang)) {
                assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show password"))).hasCount(0);
            }
        });
    }

    @Test
    void theYiddishStaffPagesForInformationAndTranslationsLabelEverythingInYiddish() {
        onEveryScreen(List.of("yi"), WIDTHS, (p, lang) -> {
            logInAsStaff(p, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
            for (String path : new String[] {"personal/information", "personal/oversattningar"}) {
                open(p, path + "?lang=yi");
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) p.evaluate("() => [...document.querySelectorAll("
                        + "'main [slot=label], main [slot=helper], main h1, main h2, main p, main vaadin-grid-cell-content')]"
                        // Of a grid, only the column headers are interface text; the rows are data.
                        + ".filter(e => !e.matches('vaadin-grid-cell-content') || (e.assignedSlot && e.assignedSlot.closest('thead')))"
                        + ".map(e => e.textContent.trim()).filter(t => t)");
                for (String text : texts) {
                    String rest = ALLOWED.matcher(text).replaceAll(" ");
                    assertThat(LATIN_WORD.matcher(rest).find()).as("untranslated words on /%s in '%s'", path, text).isFalse();
                }
            }
        });
    }
}
