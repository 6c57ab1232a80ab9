package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.limits.LimitReached;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Translations;

/**
 * A resident whose connection has sent too many complaints (a flood from a shared address) is told
 * what happened and when to try again, in their language, announced — not "something needs to be
 * corrected" — and what they wrote stays in the form; nothing is stored.
 */
@TestPropertySource(properties = "medverka.limits.complaint=3/PT1H")
class ComplaintFloodIT extends BrowserTestBase {

    @Autowired AbuseLimits limits;
    @Autowired JdbcClient jdbc;

    /** The browser's connection (localhost, IPv4 or IPv6) has used up its complaints for now. */
    @BeforeEach
    void floodFromThisConnection() {
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            try {
                for (int i = 0; i < 10; i++) {
                    limits.take(Limit.COMPLAINT, address);
                }
            } catch (LimitReached expected) {
                // the bucket is empty now
            }
        }
    }

    @Test
    void theFloodMessageSaysWhatHappenedAndWhenToTryAgainInSwedish() {
        refusedIn("sv", "Bussen körde förbi utan att fälla ut rampen för min rullstol.");
    }

    @Test
    void theFloodMessageSaysWhatHappenedAndWhenToTryAgainInYiddishRightToLeft() {
        refusedIn("yi", "דער אויטאָבוס איז פֿאַרבײַגעפֿאָרן אָן דער ראַמפּע פֿאַר מײַן רעדערשטול.");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    }

    private void refusedIn(String language, String what) {
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        open(page, "klagomal?lang=" + language);
        page.getByLabel(Translations.text(language, "complaint.form.concerns.accessibility.label")).check();
        page.getByLabel(Translations.text(language, "complaint.form.what.label")).fill(what);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.text(language, "complaint.form.send.action"))).click();
        settle(page);

        String message = Translations.text(language, "shared.limit.connection.message");
        String firstSentence = message.substring(0, message.indexOf('.') + 1);
        String tryAgain = message.substring(message.lastIndexOf(". ") + 2, message.indexOf("{0}")).strip();
        assertThat(page.getByText(firstSentence)).isVisible();
        // When to try again: "Försök igen om 20 minuter." — a number of minutes, never the raw pattern.
        assertThat(page.getByText(firstSentence)).containsText(tryAgain);
        assertThat(page.getByText(firstSentence)).not().containsText("{0");
        assertThat(page.getByText(firstSentence)).containsText(
                java.util.regex.Pattern.compile("\\d+"));
        // Announced at once by screen readers, and not the heading of a form error.
        Locator alert = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(firstSentence)).first();
        assertThat(alert).isAttached();
        assertThat(alert).hasAttribute("aria-live", "assertive");
        assertThat(page.getByText(Translations.text(language, "complaint.form.errors.title"))).hasCount(0);
        // What the person wrote is still there, the button works again, nothing was stored.
        assertThat(page.getByLabel(Translations.text(language, "complaint.form.what.label"))).hasValue(what);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.text(language, "complaint.form.send.action")))).isEnabled();
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
        assertAccessible(page);
    }
}
