package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.internal.CaseTrailRetention;
import se.medverka.shared.security.SystemCall;
import se.medverka.testsupport.StaffFixtures;

/** The trails refuse TRUNCATE, the case trail lets retention clear a reason and nothing else, decrypted mails are for the system only. */
@SpringBootTest
class TrailsAndRetentionTest {

    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Autowired Cases cases;
    @Autowired CaseTrailRetention trailRetention;

    @Test
    void theAuditTrailAndTheCaseTrailRefuseTruncateUpdateAndDelete() {
        long audit = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isGreaterThanOrEqualTo(audit);
        assertThatThrownBy(() -> jdbc.sql("truncate routing_case_event cascade").update()).hasMessageContaining("append-only");
    }

    @Test
    void aCaseTrailReasonGoesAfterItsRetentionAndNothingElseInTheTrailMayChange() {
        Receipt r = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "bromma", null, null,
                "Om spåret", List.of(), null, "ANONYMOUS", null, null, "sv", "", Instant.now().minusSeconds(60)),
                "10.66.0." + (System.nanoTime() % 200));
        long caseId = jdbc.sql("select id from routing_case where case_number = :n").param("n", r.caseNumber()).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        long sports = jdbc.sql("select id from routing_committee where code = 'idrottsnamnden'").query(Long.class).single();
        StaffFixtures.asAdmin(() -> {
            cases.forward(caseId, sports, "Den boende skrev att hallen saknar ramp");
            cases.changeState(caseId, CaseState.IN_PROGRESS, null);
            cases.changeState(caseId, CaseState.ANSWERED, null);
            cases.changeState(caseId, CaseState.CLOSED, "Avslutat efter samtal med den boende");
            return null;
        });
        String reasons = "select count(*) from routing_case_event where case_id = :id and reason is not null";
        long before = jdbc.sql(reasons).param("id", caseId).query(Long.class).single();
        assertThat(before).isPositive();

        // Closed yesterday: kept. The trail itself cannot be edited or cleared by hand.
        trailRetention.clearReasons();
        assertThat(jdbc.sql(reasons).param("id", caseId).query(Long.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("update routing_case_event set actor = 'x' where case_id = :id").param("id", caseId).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update routing_case_event set reason = 'other' where case_id = :id").param("id", caseId).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from routing_case_event where case_id = :id").param("id", caseId).update())
                .hasMessageContaining("append-only");

        // Closed three years ago: the reasons go, who did what and when stays.
        jdbc.sql("update routing_case set closed_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 366)))).param("id", caseId).update();
        long trail = jdbc.sql("select count(*) from routing_case_event where case_id = :id").param("id", caseId).query(Long.class).single();
        assertThat(trailRetention.clearReasons()).isGreaterThanOrEqualTo((int) before);
        assertThat(jdbc.sql(reasons).param("id", caseId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from routing_case_event where case_id = :id").param("id", caseId).query(Long.class).single())
                .isEqualTo(trail);
    }

    @Test
    void theReceiptAndAnswerMailsDecryptedContentIsForTheSystemOnly() {
        Receipt r = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "bromma", null, null,
                "Om posten", List.of(), null, "NAMED", "Namn", "post@example.org", "sv", "", Instant.now().minusSeconds(60)),
                "10.66.1." + (System.nanoTime() % 200));
        long id = jdbc.sql("select c.id from complaint c join routing_case r on r.id = c.case_id where r.case_number = :n")
                .param("n", r.caseNumber()).query(Long.class).single();
        assertThatThrownBy(() -> complaints.receiptMail(id))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> StaffFixtures.as("anonymousUser", List.of("ROLE_ANONYMOUS"), () -> complaints.receiptMail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StaffFixtures.asAdmin(() -> complaints.answerMail(id, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemCall.as("test", () -> complaints.receiptMail(id)).orElseThrow().recipient()).isEqualTo("post@example.org");
    }
}
