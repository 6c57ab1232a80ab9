package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
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

/** Complaints end to end: resident form, receipt, mails, handler's answer, status page, isolation, keyboard, axe. */
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
        assertThat(heading(page)).hasText(Translations.text("fi", "complaint.form.title"));
        assertAccessible(page);
        radio(page, Translations.text("fi", "complaint.form.concerns.treatment.label")).click();
        choose(Translations.text("fi", "complaint.form.servicetype.label"), Translations.text("fi", "routing.servicetype.library_culture.label"));
        page.getByLabel(Translations.text("fi", "complaint.form.what.label")).fill("Kirjaston virkailija ei palvellut minua kieleni takia.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Translations.text("fi", "shared.ground.ethnicity.label")).setExact(true)).click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Translations.text("fi", "shared.ground.age.label")).setExact(true)).click();
        radio(page, Translations.text("fi", "complaint.form.anonymity.named.label")).click();
        page.getByLabel(Translations.text("fi", "complaint.form.email.label")).fill(email);
        Sent sent = send(page, "fi");
        assertAccessible(page);

        MimeMessage receipt = Mailbox.await(email, sent.caseNumber());
        assertThat(Mailbox.subject(receipt)).isEqualTo(Translations.text("fi", "mail.complaint.received.subject").replace("{0}", sent.caseNumber()));
        assertThat(GreenMailUtil.getBody(receipt)).doesNotContain("Kirjaston virkailija");

        Page staffPage = newPerson();
        login(staffPage, handler, StaffFixtures.PASSWORD);
        openCase(staffPage, sent.caseNumber());
        assertThat(staffPage.getByText("Kirjaston virkailija ei palvellut minua kieleni takia.")).isVisible();
        assertAccessible(staffPage);
        answer(staffPage, "Pahoittelemme. Olemme keskustelleet henkilökunnan kanssa.");
        settle(staffPage);
        MimeMessage answer = Mailbox.await(email, "Pahoittelemme");
        assertThat(Mailbox.subject(answer)).isEqualTo(Translations.text("fi", "mail.complaint.answered.subject").replace("{0}", sent.caseNumber()));
    }

    @Test
    void anAnonymousComplaintWithPinIsAnsweredAndReadOnTheStatusPageButNotByAnotherCommittee() {
        String handler = staff.member("school-" + System.nanoTime(), StaffRole.HANDLER, "utbildningsnamnden");
        String other = staff.member("sports-" + System.nanoTime(), StaffRole.HANDLER, "idrottsnamnden");
        open(page, "klagomal");
        radio(page, Translations.sv("complaint.form.concerns.accessibility.label")).click();
        choose(Translations.sv("complaint.form.servicetype.label"), Translations.sv("routing.servicetype.school.label"));
        page.getByLabel(Translations.sv("complaint.form.what.label")).fill("Hissen till skolans matsal har varit trasig i tre månader.");
        radio(page, Translations.sv("complaint.form.anonymity.pin.label")).click();
        Sent sent = send(page, "sv");
        // 60 random bits in a readable alphabet, grouped for reading aloud
        assertThat(sent.pin()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

        Page staffPage = newPerson();
        login(staffPage, handler, StaffFixtures.PASSWORD);
        openCase(staffPage, sent.caseNumber());
        answer(staffPage, "Hissen lagas nästa vecka.");
        settle(staffPage);
        assertThat(staffPage.getByText("Hissen lagas nästa vecka.").first()).isVisible();

        open(page, "klagomal/status");
        assertAccessible(page);
        page.getByLabel(Translations.sv("complaint.status.code.label")).fill(sent.caseNumber());
        page.getByLabel(Translations.sv("complaint.status.pin.label")).fill(sent.pin());
        page.getByText(Translations.sv("complaint.status.show.action")).click();
        settle(page);
        assertThat(page.getByText("Hissen lagas nästa vecka.")).hasText("Hissen lagas nästa vecka.");
        assertThat(page.getByText(Translations.sv("complaint.status.state.answered.label")).first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("complaint.elsewhere.do.action")))).isVisible();
        assertAccessible(page);

        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", sent.caseNumber())
                .query(Long.class).single();
        Page otherPage = newPerson();
        login(otherPage, other, StaffFixtures.PASSWORD);
        open(otherPage, "personal/klagomal/" + caseId);
        assertThat(heading(otherPage)).hasText(Translations.sv("complaint.case.notfound.title"));
        assertThat(otherPage.getByText("Hissen till skolans matsal")).hasCount(0);
    }

    @Test
    void theFormCanBeCompletedByKeyboardAloneAndErrorsAreAccessible() {
        open(page, "klagomal");
        sendButton(page).focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(Translations.sv("complaint.form.errors.title")))).isVisible();
        assertThat(page.getByLabel(Translations.sv("complaint.form.what.label"))).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        radio(page, Translations.sv("complaint.form.concerns.treatment.label")).focus();
        page.keyboard().press("Space");
        page.getByLabel(Translations.sv("complaint.form.what.label")).focus();
        page.keyboard().type("Ingen ramp vid entrén till simhallen.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Translations.sv("shared.ground.disability.label")).setExact(true)).focus();
        page.keyboard().press("Space");
        radio(page, Translations.sv("complaint.form.anonymity.anonymous.label")).focus();
        page.keyboard().press("Space");
        sendButton(page).focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(receiptValue(page, "sv", "complaint.receipt.number.label")).isVisible();
        assertThat(receiptValue(page, "sv", "complaint.receipt.pin.label")).hasCount(0);
        assertAccessible(page);
    }

    /** Picks an option of the select labelled {@code select}. */
    private void choose(String select, String label) {
        page.getByLabel(select, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).first().click();
    }

    /** The radio button whose name starts with {@code label} (a choice may have an explanation after its name). */
    private static Locator radio(Page p, String label) {
        return p.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                // escaped with backslashes: the pattern runs in the browser, where Java's \Q…\E quoting means nothing
                .setName(java.util.regex.Pattern.compile("^" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))));
    }

    private static Locator sendButton(Page p) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.form.send.action")));
    }

    /** The handler answers the complaint open on their page. */
    private static void answer(Page staffPage, String text) {
        staffPage.getByLabel(Translations.sv("complaint.case.answer.label"), new Page.GetByLabelOptions().setExact(true)).fill(text);
        staffPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.case.answer.action")).setExact(true)).click();
    }

    private Sent send(Page p, String language) {
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.text(language, "complaint.form.send.action"))).click();
        settle(p);
        Locator number = receiptValue(p, language, "complaint.receipt.number.label");
        assertThat(number).isVisible();
        Locator pin = receiptValue(p, language, "complaint.receipt.pin.label");
        return new Sent(number.textContent(), pin.count() == 0 ? null : pin.textContent());
    }

    /** A value on the receipt, found by the name it is shown with ("Ärendenummer", "PIN-kod"). */
    private static Locator receiptValue(Page p, String language, String labelKey) {
        return p.getByLabel(Translations.text(language, labelKey), new Page.GetByLabelOptions().setExact(true));
    }

    /** Opens the complaint from the handler's own list once routing has placed it. */
    private void openCase(Page p, String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open(p, "personal/klagomal");
            return p.getByText(caseNumber).count() > 0;
        });
        p.getByText(caseNumber).first().click();
        settle(p);
        assertThat(heading(p)).containsText(caseNumber);
    }
}
