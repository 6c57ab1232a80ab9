package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/** Complaints end to end: resident form, receipt, mails, handler's answer, status page, isolation, keyboard, axe. */
@TestPropertySource(properties = {"medverka.complaint.min-fill-time=PT0S", "medverka.complaint.submit-limit=100"})
class ComplaintJourneyIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;

    record Sent(String caseNumber, String pin) {
    }

    @Test
    void aNamedComplaintInFinnishIsReceiptedAnsweredAndMailedInFinnish() {
        String handler = staff.member("culture-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        String email = "aino." + System.nanoTime() + "@example.com";
        open(page, "klagomal?lang=fi");
        assertThat(page.locator("h1")).hasText(Translations.text("fi", "complaint.form.title"));
        assertAccessible(page);
        page.locator("#complaint-concerns vaadin-radio-button").first().click();
        choose("#complaint-serviceType", Translations.text("fi", "routing.servicetype.library_culture.label"));
        page.locator("#complaint-what textarea").fill("Kirjaston virkailija ei palvellut minua kieleni takia.");
        page.locator("#complaint-grounds vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText(Translations.text("fi", "shared.ground.ethnicity.label"))).click();
        page.locator("#complaint-grounds vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText(Translations.text("fi", "shared.ground.age.label"))).click();
        page.locator("#complaint-anonymity vaadin-radio-button").nth(2).click();
        page.locator("#complaint-email input").fill(email);
        Sent sent = send(page);
        assertAccessible(page);

        MimeMessage receipt = mailTo(email, sent.caseNumber());
        assertThat(subject(receipt)).isEqualTo(Translations.text("fi", "mail.complaint.received.subject").replace("{0}", sent.caseNumber()));
        assertThat(GreenMailUtil.getBody(receipt)).doesNotContain("Kirjaston virkailija");

        Page staffPage = newPerson();
        login(staffPage, handler, StaffFixtures.PASSWORD);
        openCase(staffPage, sent.caseNumber());
        assertThat(staffPage.getByText("Kirjaston virkailija ei palvellut minua kieleni takia.")).isVisible();
        assertAccessible(staffPage);
        staffPage.locator(".case-answer-text textarea").fill("Pahoittelemme. Olemme keskustelleet henkilökunnan kanssa.");
        staffPage.locator(".case-answer-send").click();
        settle(staffPage);
        await().atMost(Duration.ofSeconds(30)).until(() -> mail(email, "Pahoittelemme").isPresent());
        MimeMessage answer = mail(email, "Pahoittelemme").orElseThrow();
        assertThat(subject(answer)).isEqualTo(Translations.text("fi", "mail.complaint.answered.subject").replace("{0}", sent.caseNumber()));
    }

    @Test
    void anAnonymousComplaintWithPinIsAnsweredAndReadOnTheStatusPageButNotByAnotherCommittee() {
        String handler = staff.member("school-" + System.nanoTime(), StaffRole.HANDLER, "utbildningsnamnden");
        String other = staff.member("sports-" + System.nanoTime(), StaffRole.HANDLER, "idrottsnamnden");
        open(page, "klagomal");
        page.locator("#complaint-concerns vaadin-radio-button").nth(1).click();
        choose("#complaint-serviceType", Translations.sv("routing.servicetype.school.label"));
        page.locator("#complaint-what textarea").fill("Hissen till skolans matsal har varit trasig i tre månader.");
        page.locator("#complaint-anonymity vaadin-radio-button").nth(1).click();
        Sent sent = send(page);
        assertThat(sent.pin()).hasSize(8);

        Page staffPage = newPerson();
        login(staffPage, handler, StaffFixtures.PASSWORD);
        openCase(staffPage, sent.caseNumber());
        staffPage.locator(".case-answer-text textarea").fill("Hissen lagas nästa vecka.");
        staffPage.locator(".case-answer-send").click();
        settle(staffPage);
        assertThat(staffPage.getByText("Hissen lagas nästa vecka.").first()).isVisible();

        open(page, "klagomal/status");
        assertAccessible(page);
        page.getByLabel(Translations.sv("complaint.status.code.label")).fill(sent.caseNumber());
        page.locator("vaadin-password-field input").fill(sent.pin());
        page.getByText(Translations.sv("complaint.status.show.action")).click();
        settle(page);
        assertThat(page.locator(".answer-text")).hasText("Hissen lagas nästa vecka.");
        assertThat(page.getByText(Translations.sv("complaint.status.state.answered.label")).first()).isVisible();
        assertThat(page.locator("a[href='https://www.do.se']")).isVisible();
        assertAccessible(page);

        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", sent.caseNumber())
                .query(Long.class).single();
        Page otherPage = newPerson();
        login(otherPage, other, StaffFixtures.PASSWORD);
        open(otherPage, "personal/klagomal/" + caseId);
        assertThat(otherPage.locator("h1")).hasText(Translations.sv("complaint.case.notfound.title"));
        assertThat(otherPage.getByText("Hissen till skolans matsal")).hasCount(0);
    }

    @Test
    void theFormCanBeCompletedByKeyboardAloneAndErrorsAreAccessible() {
        open(page, "klagomal");
        page.locator("#complaint-send").focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(page.locator(".form-errors")).isVisible();
        assertThat(page.locator("#complaint-what")).hasAttribute("invalid", "");
        assertAccessible(page);

        page.locator("#complaint-concerns input").first().focus();
        page.keyboard().press("Space");
        page.locator("#complaint-what textarea").focus();
        page.keyboard().type("Ingen ramp vid entrén till simhallen.");
        page.locator("#complaint-grounds input").nth(4).focus();
        page.keyboard().press("Space");
        page.locator("#complaint-anonymity input").first().focus();
        page.keyboard().press("Space");
        page.locator("#complaint-send").focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(page.locator(".receipt-case-number")).isVisible();
        assertThat(page.locator(".receipt-pin")).hasCount(0);
        assertAccessible(page);
    }

    private void choose(String select, String label) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    private Sent send(Page p) {
        p.locator("#complaint-send").click();
        settle(p);
        assertThat(p.locator(".receipt-case-number")).isVisible();
        String number = p.locator(".receipt-case-number").textContent();
        String pin = p.locator(".receipt-pin").count() == 0 ? null : p.locator(".receipt-pin").textContent();
        return new Sent(number, pin);
    }

    /** Opens the complaint from the handler's own list once routing has placed it. */
    private void openCase(Page p, String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open(p, "personal/klagomal");
            return p.getByText(caseNumber).count() > 0;
        });
        p.getByText(caseNumber).first().click();
        settle(p);
        assertThat(p.locator("h1")).containsText(caseNumber);
    }

    private MimeMessage mailTo(String recipient, String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mail(recipient, caseNumber).isPresent());
        return mail(recipient, caseNumber).orElseThrow();
    }

    private static Optional<MimeMessage> mail(String recipient, String text) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(recipient)
                                && (m.getSubject().contains(text) || GreenMailUtil.getBody(m).contains(text));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
