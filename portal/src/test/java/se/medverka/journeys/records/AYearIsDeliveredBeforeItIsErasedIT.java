package se.medverka.journeys.records;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.internal.RetentionJob;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.RegisterAdministration;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * An administrator records an erasure decision that requires delivery first; the committee exports a
 * year of closed complaints, the package passes the validator, the archive's receipt is confirmed —
 * and only then does retention erase them.
 */
class AYearIsDeliveredBeforeItIsErasedIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;
    @Autowired Complaints complaints;
    @Autowired se.medverka.complaint.ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired RegisterAdministration register;
    @Autowired RetentionJob retention;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    @Test
    void retentionErasesOnlyAfterTheArchiveHasReceiptedTheDelivery() {
        String code = "arkivresa-" + System.nanoTime();
        String name = "Arkivresenämnden " + code.substring(code.length() - 6);
        long committee = StaffFixtures.asAdmin(() -> register.addCommittee(code, null,
                new CommitteeChange(name, CommitteeKind.SPECIALIST, "registrator-resa@stad.example", true, 2, 14))).id();
        long culture = staff.committeeId("kulturnamnden");
        long caseId = RecordsSteps.answeredComplaint(complaints, handling, cases, jdbc, culture, "Hissen var trasig i tre veckor.", "10.7.2.1");
        StaffFixtures.asAdmin(() -> {
            cases.forward(caseId, committee, "Hör till arkivresenämnden");
            return null;
        });
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("select coalesce(committee_id, 0) from complaint where case_id = :id")
                .param("id", caseId).query(Long.class).single() == committee);
        StaffFixtures.asHandler("resa", committee, () -> {
            handling.changeState(caseId, CaseState.CLOSED);
            return null;
        });
        int year = LocalDate.now(CityTime.ZONE).getYear() - 3;
        jdbc.sql("update complaint set closed_at = :at where case_id = :id")
                .param("at", Timestamp.from(LocalDate.of(year, 5, 5).atStartOfDay().toInstant(ZoneOffset.UTC))).param("id", caseId).update();

        // The administrator records the decision.
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        staffMenuLink(page, "records.erasure.nav.label").click();
        page.waitForURL("**/personal/gallringsbeslut");
        settle(page);
        assertAccessible(page);
        String reference = "KS " + code;
        page.getByLabel(sv("records.erasure.reference.label")).fill(reference);
        page.getByLabel(sv("records.erasure.date.label")).fill(LocalDate.now(CityTime.ZONE).minusDays(2).toString());
        page.getByLabel(sv("records.erasure.date.label")).press("Enter");
        page.getByLabel(sv("records.erasure.decidedby.label")).fill("Kommunstyrelsen");
        RecordsSteps.choose(page, sv("records.erasure.committee.label"), name);
        page.getByLabel(sv("records.erasure.after.label")).fill("banana");
        page.getByLabel(sv("records.erasure.kept.label")).fill("Ärendena i Stadsarkivets e-arkiv");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(sv("records.erasure.archive.label"))).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.erasure.save.action"))).click();
        settle(page);
        assertThat(page.getByText(sv("records.erasure.after.error.invalid")).first()).isVisible();
        page.getByLabel(sv("records.erasure.after.label")).fill("P2Y");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.erasure.save.action"))).click();
        settle(page);
        assertThat(page.getByText(sv("records.erasure.saved.message")).first()).isVisible();
        assertThat(page.getByText(reference, new Page.GetByTextOptions().setExact(true)).first()).isVisible();

        open(page, "personal/gallringsbeslut?lang=yi");
        assertAccessible(page);

        retention.eraseDue();
        assertThat(erased(caseId)).isFalse();

        // The committee's registry exports the year and confirms the archive's receipt.
        Page registry = newPerson();
        login(registry, staff.member("arkivresa-" + System.nanoTime(), StaffRole.HANDLER, code), StaffFixtures.PASSWORD);
        staffMenuLink(registry, "records.archive.nav.label").click();
        registry.waitForURL("**/personal/arkiv");
        settle(registry);
        registry.getByLabel(sv("records.archive.year.label")).fill(String.valueOf(year));
        registry.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.archive.export.action"))).click();
        // A long action: the page says it is under way, then (packing and three validators) what came of it.
        assertThat(registry.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName(sv("records.archive.progress.label"))))
                .isVisible();
        assertThat(registry.getByText(sv("records.archive.exported.message").replace("{0}", "1")).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(registry.getByRole(AriaRole.PROGRESSBAR)).isHidden();
        settle(registry);
        assertThat(registry.getByText(sv("records.archive.held.reason.notdelivered.label")).first()).isVisible();
        assertAccessible(registry);

        retention.eraseDue();
        assertThat(erased(caseId)).isFalse();

        registry.getByLabel(sv("records.archive.receipt.label") + " " + year).fill("SSA 2026/77");
        registry.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("records.archive.receipt.action"))).click();
        settle(registry);
        assertThat(registry.getByText("SSA 2026/77", new Page.GetByTextOptions().setExact(false)).first()).isVisible();

        retention.eraseDue();
        assertThat(erased(caseId)).isTrue();
        open(registry, "personal/arkiv?lang=yi");
        assertAccessible(registry);
    }

    private boolean erased(long caseId) {
        return jdbc.sql("select erased_at is not null from complaint where case_id = :id").param("id", caseId).query(Boolean.class).single();
    }
}
