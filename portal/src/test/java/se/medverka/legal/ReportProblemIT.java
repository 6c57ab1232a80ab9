package se.medverka.legal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Mailbox;
import se.medverka.testsupport.Translations;

/**
 * "Report an accessibility problem": a resident reports from the footer in Finnish, the report
 * arrives in the triage inbox as a case of its own kind, a handler answers it and the answer
 * arrives by mail in Finnish; bad input is refused with messages and stores nothing.
 */
class ReportProblemIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;

    @Test
    void aReportedProblemArrivesInTheTriageInboxAndItsAnswerByMail() {
        String handler = staff.member("triage-" + System.nanoTime(), StaffRole.HANDLER, "kommunstyrelsen");
        String email = "saavutettavuus." + System.nanoTime() + "@example.com";
        open(page, "klagomal?lang=fi");
        footer(page, Translations.text("fi", "shared.layout.footer.report.action")).click();
        page.waitForURL("**/tillganglighet/rapportera**");
        settle(page);
        assertThat(heading(page)).hasText(Translations.text("fi", "legal.report.title"));
        // Why the address is asked is said where it is asked, and the notice names the controller.
        assertThat(page.getByText(Translations.text("fi", "legal.report.email.helper"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName(Translations.text("fi", "legal.notice.title")))).isVisible();
        assertAccessible(page);

        page.getByLabel(Translations.text("fi", "legal.report.page.label")).fill("Tee valitus");
        page.getByLabel(Translations.text("fi", "legal.report.what.label")).fill("Lähetä-painike ei näy, kun suurennan tekstiä 200 %.");
        page.getByLabel(Translations.text("fi", "legal.report.email.label")).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.text("fi", "legal.report.send.action"))).click();
        settle(page);
        assertThat(heading(page)).hasText(Translations.text("fi", "legal.report.receipt.title"));
        String caseNumber = page.getByLabel(Translations.text("fi", "legal.report.receipt.number.label"),
                new Page.GetByLabelOptions().setExact(true)).textContent().strip();
        assertThat(page.getByText(Translations.text("fi", "legal.report.receipt.mailed.text"))).isVisible();
        assertAccessible(page);

        Page staffPage = newPerson();
        login(staffPage, handler, StaffFixtures.PASSWORD);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open(staffPage, "personal/arenden");
            return staffPage.getByText(caseNumber).count() > 0;
        });
        // The kind shows in the inbox row (the kind filter's hidden option has the same text).
        assertThat(staffPage.getByText(Translations.sv("routing.case.kind.accessibility_report.label"))
                .filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        staffPage.getByText(caseNumber).first().click();
        settle(staffPage);
        staffPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("legal.case.content.action"))).click();
        settle(staffPage);
        assertThat(heading(staffPage)).containsText(caseNumber);
        assertThat(staffPage.getByText("Lähetä-painike ei näy, kun suurennan tekstiä 200 %.")).isVisible();
        assertAccessible(staffPage);
        staffPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("legal.case.answer.action"))).click();
        settle(staffPage);
        assertThat(staffPage.getByText(Translations.sv("legal.case.answer.error.required")).first()).isVisible();
        staffPage.getByLabel(Translations.sv("legal.case.answer.label")).fill("Kiitos! Korjasimme painikkeen, se näkyy nyt myös suurennettuna.");
        staffPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("legal.case.answer.action"))).click();
        settle(staffPage);
        assertThat(staffPage.getByText(Translations.sv("legal.case.answered.message"))).isVisible();

        MimeMessage answer = Mailbox.await(email, "Korjasimme painikkeen");
        assertThat(Mailbox.subject(answer)).isEqualTo(Translations.text("fi", "mail.legal.report.answered.subject").replace("{0}", caseNumber));
        assertThat(jdbc.sql("select state from routing_case where case_number = :n").param("n", caseNumber)
                .query(String.class).single()).isEqualTo("ANSWERED");
    }

    @Test
    void badInputIsRefusedWithMessagesNextToTheFieldsAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from accessibility_report").query(Long.class).single();
        open(page, "tillganglighet/rapportera?lang=yi");
        page.getByLabel(Translations.text("yi", "legal.report.email.label")).fill("not-an-address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.text("yi", "legal.report.send.action"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.ALERT).getByText(Translations.text("yi", "legal.report.page.error.required"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT).getByText(Translations.text("yi", "legal.report.what.error.required"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT).getByText(Translations.text("yi", "legal.report.email.error.invalid"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from accessibility_report").query(Long.class).single()).isEqualTo(before);
    }

    private static Locator footer(Page p, String name) {
        return p.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
