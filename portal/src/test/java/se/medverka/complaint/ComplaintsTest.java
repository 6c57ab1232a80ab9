package se.medverka.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.internal.RetentionJob;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.limits.LimitReached;
import se.medverka.testsupport.StaffFixtures;

/** Complaints on the real PostgreSQL: encryption at rest, refusals, retention, committee isolation. */
@SpringBootTest
class ComplaintsTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();
    private static final String SECRET_TEXT = "Personalen kallade mig ett skällsord för att jag är rom";

    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired ComplaintReads complaintReads;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired RetentionJob retention;
    @Autowired StaffFixtures staff;
    @Autowired se.medverka.audit.AuditLog audit;
    @Autowired se.medverka.testsupport.AuditTrail auditTrail;

    private static String newAddress() {
        return "10.0.0." + ADDRESS.incrementAndGet();
    }

    private static ComplaintSubmission named(String what) {
        // A mail address of its own each time: receipts to one address are limited too.
        return named(what, "aino." + ADDRESS.incrementAndGet() + "@example.com");
    }

    private static ComplaintSubmission named(String what, String email) {
        return new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta", "Biblioteket i Tensta",
                null, what, List.of("ethnicity", "religion"), "En ursäkt", "NAMED", "Aino Virtanen",
                email, "fi", "", Instant.now().minusSeconds(60));
    }

    @Test
    void sensitiveColumnsHoldNoPlaintextAndDecryptForTheResponsibleHandler() {
        Receipt r = complaints.submit(named(SECRET_TEXT, "aino@example.com"), newAddress());
        assertThat(r.caseNumber()).startsWith("MV-");
        // 60 random bits in Crockford's alphabet, in three groups of four for reading aloud
        assertThat(r.pin()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

        Map<String, Object> row = jdbc.sql("select * from complaint where case_number = :n").param("n", r.caseNumber())
                .query().singleRow();
        String dump = row.toString();
        assertThat(dump).doesNotContain("skällsord", "Aino", "aino@example.com", "ethnicity", "religion", "Tensta", "ursäkt");
        assertThat((String) row.get("what_enc")).matches("[a-z0-9]+:[A-Za-z0-9+/=]+");

        long caseId = ((Number) row.get("case_id")).longValue();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        long culture = staff.committeeId("kulturnamnden");
        ComplaintViews.Details d = StaffFixtures.asHandler("culture-handler", culture, () -> handling.read(caseId)).orElseThrow();
        assertThat(d.what()).isEqualTo(SECRET_TEXT);
        assertThat(d.grounds()).containsExactly("ethnicity", "religion");
        assertThat(d.email()).isEqualTo("aino@example.com");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COMPLAINT_READ' and subject_id = :id and actor = 'culture-handler'")
                .param("id", String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);

        long school = staff.committeeId("utbildningsnamnden");
        assertThat(StaffFixtures.asHandler("school-handler", school, () -> handling.read(caseId))).isEmpty();
        assertThatThrownBy(() -> StaffFixtures.asHandler("school-handler", school, () -> {
            handling.addNote(caseId, "x");
            return null;
        })).isInstanceOf(ComplaintException.class);

        StaffFixtures.asHandler("culture-handler", culture, () -> {
            handling.addNote(caseId, "Ringde enhetschefen");
            handling.answer(caseId, "Vi ber om ursäkt", "fi");
            return null;
        });
        assertThat(jdbc.sql("select body_enc from complaint_note").query(String.class).list()).noneMatch(b -> b.contains("enhetschefen"));
        ComplaintViews.ResidentStatus s = complaints.status(r.caseNumber(), r.pin(), newAddress());
        assertThat(s.state()).isEqualTo(CaseState.ANSWERED);
        assertThat(s.answers()).extracting(ComplaintViews.Answer::text).containsExactly("Vi ber om ursäkt");
        assertThat(complaints.export(r.caseNumber(), r.pin(), newAddress())).contains(SECRET_TEXT, "aino@example.com");
    }

    @Test
    void honeypotTooFastAndTooManyAreRefused() {
        ComplaintSubmission ok = named("Hände något");
        ComplaintSubmission bot = new ComplaintSubmission(ok.concerns(), ok.serviceType(), ok.district(), ok.place(), null,
                ok.what(), ok.grounds(), ok.wish(), ok.anonymity(), ok.name(), ok.email(), ok.language(), "http://spam", ok.openedAt());
        ComplaintSubmission fast = new ComplaintSubmission(ok.concerns(), ok.serviceType(), ok.district(), ok.place(), null,
                ok.what(), ok.grounds(), ok.wish(), ok.anonymity(), ok.name(), ok.email(), ok.language(), "", Instant.now());
        long before = count();
        assertRefused(() -> complaints.submit(bot, newAddress()), "complaint.form.error.automated");
        assertRefused(() -> complaints.submit(fast, newAddress()), "complaint.form.error.automated");
        // A school class of 30 behind one address is not refused; a flood beyond it is, and the
        // refusal is the limit's own (no form error), with when to try again, storing nothing.
        String address = newAddress();
        ComplaintSubmission withCode = new ComplaintSubmission(ok.concerns(), ok.serviceType(), ok.district(), ok.place(), null,
                ok.what(), ok.grounds(), ok.wish(), "PIN", null, null, ok.language(), "", ok.openedAt());
        for (int i = 0; i < 30; i++) {
            complaints.submit(withCode, address);
        }
        assertThatThrownBy(() -> complaints.submit(withCode, address)).isInstanceOfSatisfying(LimitReached.class, e -> {
            assertThat(e.limit()).isEqualTo(Limit.COMPLAINT);
            assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
        });
        assertThat(count()).isEqualTo(before + 30);
        complaints.submit(withCode, newAddress());
        assertThat(count()).isEqualTo(before + 31);
    }

    @Test
    void receiptsToOneMailAddressAreLimitedAndARefusedOneStoresNothing() {
        String email = "many." + System.nanoTime() + "@example.com";
        ComplaintSubmission ok = named("Kvitto");
        ComplaintSubmission toOne = new ComplaintSubmission(ok.concerns(), ok.serviceType(), ok.district(), ok.place(), null,
                ok.what(), ok.grounds(), ok.wish(), ok.anonymity(), ok.name(), email.toUpperCase(java.util.Locale.ROOT),
                ok.language(), "", ok.openedAt());
        for (int i = 0; i < 10; i++) {
            complaints.submit(toOne, newAddress());
        }
        long before = count();
        assertThatThrownBy(() -> complaints.submit(toOne, newAddress())).isInstanceOfSatisfying(LimitReached.class,
                e -> assertThat(e.limit()).isEqualTo(Limit.CONFIRMATION_MAIL));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oversizedAndMalformedInputIsRefusedAndNothingIsStored() {
        long before = count();
        long casesBefore = jdbc.sql("select count(*) from routing_case").query(Long.class).single();
        assertRefused(() -> complaints.submit(named("x".repeat(100_000)), newAddress()), "complaint.form.error.toolong");
        assertRefused(() -> complaints.submit(named("bad \u0007 bell"), newAddress()), "complaint.form.error.control");
        assertRefused(() -> complaints.submit(named("<script>alert(1)</script>"), newAddress()), "complaint.form.error.markup");
        ComplaintSubmission ok = named("ok");
        assertRefused(() -> complaints.submit(new ComplaintSubmission("MAYBE", "spaceship", "atlantis", null, null, "ok",
                List.of("height"), null, "SECRET", null, null, "klingon", "", ok.openedAt()), newAddress()), "complaint.form.error.choice");
        assertRefused(() -> complaints.submit(new ComplaintSubmission("BOTH", null, null, null, null, "ok", List.of(), null,
                "NAMED", null, "not-an-address", "sv", "", ok.openedAt()), newAddress()), "complaint.form.email.error.invalid");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from routing_case").query(Long.class).single()).isEqualTo(casesBefore);
    }

    @Test
    void wrongPinsAreRateLimitedPerAddressWithoutLockingTheOwnerOut() {
        Receipt r = complaints.submit(named("Om PIN"), newAddress());
        String stranger = newAddress();
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> complaints.status(r.caseNumber(), "0000-0000-0000", stranger), "complaint.status.error.wrong");
        }
        // The wrong tries were counted although each refusal rolled its transaction back: the next
        // try from there is refused before the check, even with the right code.
        assertThatThrownBy(() -> complaints.status(r.caseNumber(), r.pin(), stranger)).isInstanceOfSatisfying(LimitReached.class,
                e -> assertThat(e.limit()).isEqualTo(Limit.COMPLAINT_CODE_CASE));
        // The owner, elsewhere, is not locked out; typed in small letters, without hyphens, with O for 0.
        String owner = newAddress();
        String typed = r.pin().replace("-", " ").toLowerCase(java.util.Locale.ROOT).replace('0', 'o');
        assertThat(complaints.status(r.caseNumber(), typed, owner).caseNumber()).isEqualTo(r.caseNumber());
        // Right codes give their tries back: the owner may look as often as they like.
        for (int i = 0; i < 15; i++) {
            complaints.status(r.caseNumber(), r.pin(), owner);
        }
    }

    @Test
    void oneAddressCannotTryCodesAcrossManyCases() {
        String guesser = newAddress();
        for (int i = 0; i < 30; i++) {
            String caseNumber = "MV-2026-" + String.format("%06d", 900_000 + i);
            assertRefused(() -> complaints.status(caseNumber, "0000-0000-0000", guesser), "complaint.status.error.wrong");
        }
        assertThatThrownBy(() -> complaints.status("MV-2026-900999", "0000-0000-0000", guesser))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.limit()).isEqualTo(Limit.COMPLAINT_CODE));
    }

    @Test
    void retentionErasesExactlyWhatIsDueAndLeavesNoPerComplaintStatistics() {
        Receipt due = complaints.submit(named("Gammalt ärende"), newAddress());
        Receipt recent = complaints.submit(named("Nyligen stängt"), newAddress());
        Receipt open = complaints.submit(named("Öppet"), newAddress());
        long dueCase = caseId(due);
        long recentCase = caseId(recent);
        long openCase = caseId(open);
        // Routing runs after the submission's commit and updates the complaint row (its committee):
        // wait for it, or the row is locked (skipped by the job) or overwritten while this test runs.
        for (long id : List.of(dueCase, recentCase, openCase)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(id).orElseThrow().state() == CaseState.ASSIGNED);
        }
        // Closed three years ago, closed yesterday, never closed.
        jdbc.sql("update complaint set closed_at = :at where case_id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 366)))).param("id", dueCase).update();
        jdbc.sql("update complaint set closed_at = :at where case_id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(1)))).param("id", recentCase).update();
        long runsBefore = jdbc.sql("select count(*) from complaint_retention_run").query(Long.class).single();

        assertThat(retention.eraseDue()).isEqualTo(1);

        Map<String, Object> erased = jdbc.sql("select * from complaint where case_id = :id").param("id", dueCase).query().singleRow();
        assertThat(erased.get("what_enc")).isNull();
        assertThat(erased.get("email_enc")).isNull();
        assertThat(erased.get("grounds_enc")).isNull();
        assertThat(erased.get("pin_hash")).isNull();
        assertThat(erased.get("erased_at")).isNotNull();
        for (long kept : List.of(recentCase, openCase)) {
            assertThat(jdbc.sql("select what_enc from complaint where case_id = :id").param("id", kept).query(String.class).single()).isNotNull();
        }
        // What remains of its grounds is follow-up's sealed monthly count; no per-complaint copy in plain text
        // (the old complaint_statistics kept one row per ground with committee and exact days: a shadow).
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'complaint_statistics'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from complaint_retention_run").query(Long.class).single()).isEqualTo(runsBefore + 1);
        assertThat(retention.eraseDue()).isZero();
    }

    @Test
    void theDataProtectionOfficerSeesWhoReadAComplaintAndHandlersAndAdministratorsCannot() {
        Receipt r = complaints.submit(named("Läslogg"), newAddress());
        long caseId = caseId(r);
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        long culture = staff.committeeId("kulturnamnden");
        StaffFixtures.asHandler("a-reader", culture, () -> handling.read(caseId)).orElseThrow();
        assertThat(StaffFixtures.as("the-dpo", List.of("ROLE_DPO"), () -> complaintReads.reads(100)))
                .anySatisfy(e -> assertThat(e.actor() + " " + e.subjectId()).isEqualTo("a-reader " + caseId));
        assertThat(new String(StaffFixtures.as("the-dpo", List.of("ROLE_DPO"), () -> complaintReads.readsCsv(100)),
                java.nio.charset.StandardCharsets.UTF_8)).contains("a-reader," + caseId + ",");
        assertThatThrownBy(() -> StaffFixtures.asHandler("h", culture, () -> complaintReads.reads(10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> StaffFixtures.asAdmin(() -> complaintReads.reads(10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> handling.mine())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void aSystemAdministratorCannotReadAComplaintsTextAndTheRefusalIsAudited() {
        Receipt r = complaints.submit(named("Inte för administratören"), newAddress());
        long caseId = caseId(r);
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        assertThat(StaffFixtures.as("an-admin", List.of("ROLE_ADMIN"), () -> handling.read(caseId))).isEmpty();
        assertThat(auditTrail.forSubject("case", String.valueOf(caseId))).extracting(e -> e.action() + " " + e.actor())
                .contains(Complaints.AUDIT_READ_REFUSED + " an-admin")
                .doesNotContain(Complaints.AUDIT_READ + " an-admin");
        // The city-wide complaint reader is a role of its own.
        assertThat(StaffFixtures.as("city-reader", List.of("ROLE_COMPLAINT_READER"), () -> handling.read(caseId))
                .orElseThrow().what()).isEqualTo("Inte för administratören");
    }

    private long caseId(Receipt r) {
        return jdbc.sql("select case_id from complaint where case_number = :n").param("n", r.caseNumber()).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(ComplaintException.class)
                .satisfies(e -> assertThat(((ComplaintException) e).problems()).extracting(ComplaintException.Problem::messageKey).contains(key));
    }
}
