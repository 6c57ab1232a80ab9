package se.medverka.journeys.records;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.Complaints;
import se.medverka.routing.Cases;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * A request for a complaint is registered by the committee's registry, reviewed with one passage
 * redacted and the answer refused; the released PDF holds no redacted text (extracted and checked)
 * and the refusal is a decision that says how to appeal.
 */
class ARequestIsReviewedWithOnePassageRedactedIT extends BrowserTestBase {

    private static final String SECRET = "grannen Kalle Hemlig";

    @Autowired StaffFixtures staff;
    @Autowired Complaints complaints;
    @Autowired se.medverka.complaint.ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    @Test
    void theReleasedCopyLacksTheRedactedPassageAndTheRefusalCanBeAppealed() throws Exception {
        long culture = staff.committeeId("kulturnamnden");
        long caseId = RecordsSteps.answeredComplaint(complaints, handling, cases, jdbc, culture,
                "Bibliotekarien hånade mig, och " + SECRET + " hörde allt.", "10.7.1.1");
        String number = cases.status(caseId).orElseThrow().caseNumber();
        String handler = staff.member("registrator-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");

        login(page, handler, StaffFixtures.PASSWORD);
        staffMenuLink(page, "records.requests.nav.label").click();
        page.waitForURL("**/personal/handlingar");
        settle(page);
        assertAccessible(page);
        // A request naming no document is refused, and says so.
        page.getByLabel(sv("records.requests.case.label")).fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.requests.find.action"))).click();
        settle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.requests.register.action"))).click();
        settle(page);
        assertThat(page.getByText(sv("records.register.documents.error.required")).first()).isVisible();

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Klagomål " + number).setExact(true)).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Svar 1 på klagomål " + number).setExact(true)).check();
        page.getByLabel(sv("records.requests.requester.label")).fill("Erik Exempel");
        RecordsSteps.choose(page, sv("records.requests.language.label"), "English");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.requests.register.action"))).click();
        page.waitForURL("**/personal/handlingar/*");
        settle(page);
        assertThat(heading(page)).containsText("MV-");
        assertAccessible(page);

        String complaint = "Klagomål " + number;
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(sv("records.review.decision.label") + " – " + complaint))
                .getByText(sv("records.review.decision.redacted.label")).click();
        RecordsSteps.choose(page, sv("records.review.ground.label") + " – " + complaint, "OSL 26 kap. 1 §");
        page.getByLabel(sv("records.review.passage.label") + " – " + complaint).fill(SECRET);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.review.save.action") + " – " + complaint)).click();
        settle(page);

        String answer = "Svar 1 på klagomål " + number;
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(sv("records.review.decision.label") + " – " + answer))
                .getByText(sv("records.review.decision.refuse.label")).click();
        RecordsSteps.choose(page, sv("records.review.ground.label") + " – " + answer, "OSL 21 kap. 1 §");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.review.save.action") + " – " + answer)).click();
        settle(page);

        Download copy = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(sv("records.release.download.action"))).click());
        String released = RecordsSteps.pdfText(copy);
        assertThat(released).contains("Kopia av allmän handling", "Bibliotekarien hånade mig", "[MASKERAT OSL 26 kap. 1 §]")
                .doesNotContain("Kalle", "Hemlig", "Vi har pratat med personalen");

        // The refusal, in the requester's language (English) on screen and in the PDF, with Swedish after it.
        assertThat(page.getByText("Administrative Court of Appeal", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        Download refusal = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(sv("records.refusal.download.action"))).click());
        assertThat(RecordsSteps.pdfText(refusal)).contains("How to appeal", "kammarrätten", "tre veckor", "OSL 21 kap. 1 §");
        assertAccessible(page);

        // The review page and the list in Yiddish, right to left.
        open(page, page.url().replaceFirst("^.*?/personal/", "personal/").replaceFirst("\\?.*$", "") + "?lang=yi");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);
        open(page, "personal/handlingar?lang=yi");
        assertThat(heading(page)).hasText(Translations.text("yi", "records.requests.title"));
        assertAccessible(page);

        // The public list of published complaints, on a phone, in Swedish and in Yiddish.
        Page phone = newPerson();
        phone.setViewportSize(320, 700);
        for (String lang : java.util.List.of("sv", "yi")) {
            open(phone, "klagomal/publicerade?lang=" + lang);
            assertThat(heading(phone)).hasText(Translations.text(lang, "records.published.title"));
            assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .intValue()).as("no sideways scroll at 320 px").isLessThanOrEqualTo(0);
            assertAccessible(phone);
        }
    }

    @Test
    void theRegistryRegistersARequestWithTheKeyboardAlone() {
        long culture = staff.committeeId("kulturnamnden");
        long caseId = RecordsSteps.answeredComplaint(complaints, handling, cases, jdbc, culture,
                "Ingen i lånedisken ville hjälpa mig med talboken.", "10.7.1.2");
        String number = cases.status(caseId).orElseThrow().caseNumber();
        String handler = staff.member("registrator-tangent-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        login(page, handler, StaffFixtures.PASSWORD);
        open(page, "personal/handlingar");
        Keyboard keys = page.keyboard();

        tabTo(page, page.getByLabel(sv("records.requests.case.label")));
        keys.type(number);
        tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.requests.find.action"))));
        keys.press("Enter");
        settle(page);
        Locator complaint = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Klagomål " + number).setExact(true));
        tabTo(page, complaint);
        keys.press("Space");
        settle(page);
        assertThat(complaint).isChecked();
        tabTo(page, page.getByLabel(sv("records.requests.requester.label")));
        keys.type("Erik Exempel");
        tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.requests.register.action"))));
        keys.press("Enter");
        page.waitForURL("**/personal/handlingar/*");
        settle(page);
        assertThat(heading(page)).containsText("MV-");
        assertThat(page.getByText("Klagomål " + number).first()).isVisible();
    }
}
