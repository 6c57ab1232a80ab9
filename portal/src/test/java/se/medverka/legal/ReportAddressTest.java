package se.medverka.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.legal.internal.ReportAddressRetention;
import se.medverka.testsupport.StaffFixtures;

/**
 * The address of a reported accessibility problem is never in the table in plain text, is what the
 * answer mail goes to, and is gone once that mail is queued or, unanswered, after the retention.
 */
@SpringBootTest
class ReportAddressTest {

    @Autowired AccessibilityReports reports;
    @Autowired ReportAddressRetention retention;
    @Autowired JdbcClient jdbc;

    @Test
    void theAddressIsSealedAndErasedOnceTheAnswerIsMailed() {
        String address = "rapport." + System.nanoTime() + "@example.org";
        AccessibilityReports.Receipt receipt = submit(address, "10.30.0.1");
        assertThat(receipt.mailed()).isTrue();

        String row = rowText(receipt.caseNumber());
        assertThat(row).doesNotContainIgnoringCase(address).doesNotContainIgnoringCase("rapport.");
        assertThat(jdbc.sql("select email_enc from accessibility_report where case_number = :n").param("n", receipt.caseNumber())
                .query(String.class).single()).isNotBlank();

        long caseId = caseId(receipt.caseNumber());
        // Routing places the case in the triage queue after the submission commits.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select committee_id is not null from routing_case where id = :id")
                .param("id", caseId).query(Boolean.class).single());
        long triage = jdbc.sql("select committee_id from routing_case where id = :id").param("id", caseId).query(Long.class).single();
        StaffFixtures.asHandler("triage-handler", triage, () -> {
            reports.answer(caseId, "Vi har rättat knappen.");
            return null;
        });

        // The answer mail went to the decrypted address, and the report no longer holds it.
        assertThat(jdbc.sql("select count(*) from notification_outbox where recipient = :r").param("r", address)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(sealed(receipt.caseNumber())).isFalse();
        assertThat(StaffFixtures.asHandler("triage-handler", triage, () -> reports.forCase(caseId)).orElseThrow())
                .extracting(AccessibilityReports.Report::hasEmail, AccessibilityReports.Report::answerMailed)
                .containsExactly(false, true);
    }

    @Test
    void anUnansweredReportLosesItsAddressAfterTheRetention() {
        AccessibilityReports.Receipt old = submit("gammal." + System.nanoTime() + "@example.org", "10.30.0.2");
        AccessibilityReports.Receipt recent = submit("ny." + System.nanoTime() + "@example.org", "10.30.0.3");
        jdbc.sql("update accessibility_report set received_at = :at where case_number = :n")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(200)))).param("n", old.caseNumber()).update();

        assertThat(retention.eraseDue()).isPositive();

        assertThat(sealed(old.caseNumber())).isFalse();
        assertThat(sealed(recent.caseNumber())).isTrue();
        // The report itself stays: it is a case.
        assertThat(rowText(old.caseNumber())).contains("Knappen går inte att nå");
        assertThat(retention.resealOldKeys()).isZero();
    }

    private AccessibilityReports.Receipt submit(String email, String client) {
        return reports.submit(new AccessibilityReports.Submission("/klagomal", "Knappen går inte att nå med tangentbordet.",
                email, "sv", "", Instant.now().minus(Duration.ofMinutes(1))), client);
    }

    private boolean sealed(String caseNumber) {
        return jdbc.sql("select email_enc is not null from accessibility_report where case_number = :n").param("n", caseNumber)
                .query(Boolean.class).single();
    }

    private String rowText(String caseNumber) {
        return jdbc.sql("select row_to_json(r)::text from accessibility_report r where case_number = :n").param("n", caseNumber)
                .query(String.class).single();
    }

    private long caseId(String caseNumber) {
        return jdbc.sql("select case_id from accessibility_report where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }
}
