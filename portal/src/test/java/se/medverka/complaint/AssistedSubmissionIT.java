package se.medverka.complaint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * Assisted submission: a staff member registers a phone complaint in Finnish and prints the receipt
 * (A4, the staff frame left out, axe on the print view); the resident then follows it on the web
 * like anyone else, and the staff member's name is nowhere the public can see it.
 */
class AssistedSubmissionIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;

    @Test
    void aStaffMemberRegistersAPhoneComplaintInFinnishAndPrintsTheReceipt() {
        String desk = staff.member("desk-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        login(page, desk, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("complaint.assisted.nav.label"))).click();
        page.waitForURL("**/personal/bistand");
        settle(page);
        assertAccessible(page);

        // Nothing chosen: clear messages, nothing stored.
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.assisted.send.action"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.ALERT).getByText(Translations.sv("complaint.assisted.channel.error.required"))).isVisible();
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Translations.sv("complaint.assisted.channel.phone.label"))).check();
        page.getByLabel(Translations.sv("complaint.assisted.language.label")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("suomi")).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Translations.sv("complaint.form.concerns.accessibility.label"))).check();
        page.getByLabel(Translations.sv("complaint.assisted.what.label")).fill("Kirjaston hissi on ollut rikki kuukauden.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.assisted.send.action"))).click();
        settle(page);

        String caseNumber = page.getByLabel(Translations.text("fi", "complaint.receipt.number.label"), new Page.GetByLabelOptions().setExact(true)).textContent().strip();
        Locator pinValue = page.getByLabel(Translations.text("fi", "complaint.receipt.pin.label"), new Page.GetByLabelOptions().setExact(true));
        String pin = pinValue.textContent().strip();
        assertThat(pin).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        Locator paperTitle = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)
                .setName(Translations.text("fi", "complaint.receipt.title")));
        assertThat(paperTitle).isVisible();
        // The paper is marked as Finnish, so that a screen reader reads it in Finnish.
        assertThat(paperTitle.evaluate("h => h.closest('[lang]').lang")).isEqualTo("fi");
        assertThat(page.getByText(Translations.text("fi", "complaint.assisted.paper.status.text"))).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByRole(AriaRole.BANNER, new Page.GetByRoleOptions().setIncludeHidden(true))).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.assisted.print.action")))).isHidden();
        assertThat(pinValue).isVisible();
        assertAccessible(page);
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        assertThat(jdbc.sql("select channel from complaint where case_number = :n").param("n", caseNumber)
                .query(String.class).single()).isEqualTo("PHONE");
        assertThat(jdbc.sql("select count(*) from audit_log a join complaint c on a.subject_id = c.case_id::text"
                        + " where c.case_number = :n and a.action = 'COMPLAINT_ASSISTED' and a.actor = :who")
                .param("n", caseNumber).param("who", desk).query(Long.class).single()).isEqualTo(1);

        // The resident follows it on the web like anyone else, in Finnish; the staff member is not named.
        Page resident = newPerson();
        open(resident, "klagomal/status?lang=fi");
        resident.getByLabel(Translations.text("fi", "complaint.status.code.label")).fill(caseNumber);
        resident.getByLabel(Translations.text("fi", "complaint.status.pin.label"), new Page.GetByLabelOptions().setExact(true)).fill(pin);
        resident.getByText(Translations.text("fi", "complaint.status.show.action")).click();
        settle(resident);
        assertThat(resident.getByText(caseNumber).first()).isVisible();
        assertThat(resident.getByText(desk)).hasCount(0);
    }
}
