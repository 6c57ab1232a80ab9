package se.medverka.complaint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.StaffAccounts;
import se.medverka.testsupport.AuditTrail;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * Separation of duties in the staff menu: the city-wide complaint reader finds "all complaints",
 * reads one read-only (the read audited); the data protection officer finds the log of reads in their
 * menu and sees that read. Both pages pass axe in Swedish and Yiddish.
 */
class ComplaintReaderAndDpoIT extends BrowserTestBase {

    @Autowired Complaints complaints;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail auditTrail;

    @Test
    void theComplaintReaderReadsAComplaintAndTheDataProtectionOfficerSeesTheRead() {
        String what = "Ingen svarade på mina brev om fritidsgården " + System.nanoTime() % 100_000;
        var receipt = complaints.submit(new ComplaintSubmission("TREATMENT", null, null, null, null, what,
                List.of("age"), null, "PIN", null, null, "sv", "", Instant.now().minusSeconds(120)), "192.0.2.240");
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
        String reader = "reader-" + System.nanoTime() % 100_000;
        String dpo = "dpo-" + System.nanoTime() % 100_000;
        StaffFixtures.asAdmin(() -> {
            accounts.grant(accounts.create(reader, "Läsare", null, StaffFixtures.PASSWORD).id(), StaffRole.COMPLAINT_READER, null);
            return accounts.grant(accounts.create(dpo, "Ombud", null, StaffFixtures.PASSWORD).id(), StaffRole.DPO, null);
        });

        login(page, reader, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("complaint.staff.citywide.nav.label"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("complaint.staff.citywide.title"));
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receipt.caseNumber())).click();
        settle(page);
        assertThat(page.getByText(what)).isVisible();
        assertThat(page.getByText(Translations.sv("complaint.staff.citywide.read.text"))).isVisible();
        // Read-only: nothing to change.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.case.state.action"))))
                .hasCount(0);
        assertAccessible(page);
        open(page, "personal/klagomal/alla?lang=yi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.text("yi", "complaint.staff.citywide.title"));
        assertAccessible(page);
        assertThat(auditTrail.forSubject("case", String.valueOf(caseId))).extracting(e -> e.action() + " " + e.actor())
                .contains(Complaints.AUDIT_READ + " " + reader);
        // The reader has no menu entry to the log of reads (not reviewing themselves).
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.text("yi", "complaint.staff.reads.nav.label")))).hasCount(0);

        Page officer = newPerson();
        login(officer, dpo, StaffFixtures.PASSWORD);
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("complaint.staff.reads.nav.label"))).click();
        settle(officer);
        assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("complaint.staff.reads.title"));
        assertThat(officer.getByText(reader, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.sv("complaint.staff.reads.export.action")))).isVisible();
        assertAccessible(officer);
        open(officer, "personal/klagomal/lasningar?lang=yi");
        assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.text("yi", "complaint.staff.reads.title"));
        assertAccessible(officer);
        // The officer reads no complaint content: the reader's list is not theirs.
        open(officer, "personal/klagomal/alla");
        assertThat(officer.getByText(what)).hasCount(0);
        // … and the refusal is audited like a refused service call.
        assertThat(auditTrail.forSubject("access", "view personal/klagomal/alla")).extracting(AuditLog.Entry::actor)
                .contains(dpo);
        assertThat(auditTrail.forSubject("staff_user", dpo)).extracting(AuditLog.Entry::action).contains("LOGIN");
    }
}
