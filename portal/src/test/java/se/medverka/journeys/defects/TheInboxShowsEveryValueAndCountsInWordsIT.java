package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * Issue 20 items 12 and 13: the inbox said "1 ärenden", and at 1280 px it cut off Typ, Läge, Nämnd
 * and Stadsdelsområde ("För fördel…", "Kommunstyre…"; in Yiddish committee names were cut at
 * their start). The count follows the language's plural rules, and every value in every column
 * can be read whole.
 */
class TheInboxShowsEveryValueAndCountsInWordsIT extends DefectTestBase {

    /** The texts of grid cells that are wider than their cell, i.e. cut off on screen. */
    static final String CUT_CELLS = """
            () => [...document.querySelectorAll('vaadin-grid-cell-content')].filter(e => {
                if (!e.textContent.trim() || !e.assignedSlot) return false;
                const cell = e.assignedSlot.closest('td, th');
                if (!cell || cell.closest('tr').hidden) return false;
                const range = document.createRange();
                range.selectNodeContents(e);
                const text = range.getBoundingClientRect();
                const box = cell.getBoundingClientRect();
                return e.scrollWidth > e.clientWidth + 1 || text.width > box.width + 1
                    || text.left < box.left - 1 || text.right > box.right + 1;
            }).map(e => e.textContent.trim())""";

    @Autowired StaffFixtures fixtures;
    @Autowired ComplaintTestData data;

    @Test
    void oneCaseIsCountedInTheSingularAndEveryColumnsValueIsReadableWhole() {
        String handler = fixtures.member("defects-housing-" + System.nanoTime(), StaffRole.HANDLER, "svenska-bostader");
        data.complaint("housing", "fi");
        data.complaint(null, "yi");
        data.complaint("elderly_care", "sv");

        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            logInAsStaff(p, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
            open(p, "personal/arenden?lang=" + lang);
            p.getByRole(com.microsoft.playwright.options.AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(java.util.regex.Pattern.compile("^[A-Z]+-\\d{4}-\\d+$"))).first().waitFor();
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) p.evaluate(CUT_CELLS);
            assertThat(cut).as("values cut off in the inbox").isEmpty();
        });
        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            logInAsStaff(p, handler, StaffFixtures.PASSWORD);
            open(p, "personal/arenden?lang=" + lang);
            String one = new MessageFormat(t(lang, "routing.inbox.total.text"), ULocale.forLanguageTag(lang))
                    .format(new Object[] {1});
            assertThat(p.getByText(one, new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))).isVisible();
            if ("sv".equals(lang)) {
                assertThat(one).isEqualTo("1 ärende");
            }
        });

    }
}
