package se.medverka.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.testsupport.StaffFixtures;

/**
 * Key rotation: with a new key put first, the command re-encrypts every field, note and answer, so
 * that a portal holding only the new key reads them all — the old key can be retired. The PIN, which
 * cannot be re-keyed without itself, follows at the resident's next status check.
 */
@SpringBootTest
class KeyRotationTest {

    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ComplaintSettings settings;

    @Test
    void afterReEncryptionTheOldKeyIsNoLongerNeeded() throws Exception {
        Receipt r = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "bromma", "Biblioteket", null,
                "Roterad text", List.of("religion"), "En ursäkt", "NAMED", "Rotad Person", "rotation@example.org", "sv", "",
                Instant.now().minusSeconds(60)), "10.88.0." + (System.nanoTime() % 200));
        long caseId = jdbc.sql("select id from routing_case where case_number = :n").param("n", r.caseNumber()).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        StaffFixtures.asHandler("rotation-handler", cases.committeeOf(caseId).orElseThrow(), () -> {
            handling.addNote(caseId, "Roterad anteckning");
            handling.answer(caseId, "Roterat svar", "sv");
            return null;
        });

        String existing = settings.keys().isBlank() ? Files.readString(Path.of(settings.devKeyFile())).strip() : settings.keys();
        String fresh = "rot" + (System.nanoTime() % 100000) + ":" + Base64.getEncoder().encodeToString(randomKey());
        ComplaintCrypto rotating = crypto(fresh + "," + existing);
        ComplaintCrypto newOnly = crypto(fresh);
        try {
            KeyRotation.Result first = new KeyRotation(jdbc, rotating, transactions, events).reencryptAll();
            assertThat(first.complaints()).isPositive();
            assertThat(first.notes()).isPositive();
            assertThat(first.answers()).isPositive();
            assertThat(first.pinsOnOlderKeys()).isPositive();
            assertThat(new KeyRotation(jdbc, rotating, transactions, events).reencryptAll().complaints())
                    .as("a second run finds nothing left").isZero();

            Map<String, Object> row = jdbc.sql("select * from complaint where case_id = :id").param("id", caseId).query().singleRow();
            String ref = ((UUID) row.get("reference")).toString();
            assertThat(newOnly.decrypt((String) row.get("what_enc"), ref, "what")).isEqualTo("Roterad text");
            assertThat(newOnly.decrypt((String) row.get("email_enc"), ref, "email")).isEqualTo("rotation@example.org");
            assertThat(newOnly.decrypt((String) row.get("grounds_enc"), ref, "grounds")).contains("religion");
            long id = (Long) row.get("id");
            assertThat(newOnly.decrypt(jdbc.sql("select body_enc from complaint_note where complaint_id = :c").param("c", id)
                    .query(String.class).single(), ref, "note")).isEqualTo("Roterad anteckning");
            assertThat(newOnly.decrypt(jdbc.sql("select body_enc from complaint_answer where complaint_id = :c").param("c", id)
                    .query(String.class).single(), ref, "answer")).isEqualTo("Roterat svar");
            assertThat(jdbc.sql("""
                    select count(*) from complaint where place_enc not like :k or what_enc not like :k or wish_enc not like :k
                        or grounds_enc not like :k or name_enc not like :k or email_enc not like :k""")
                    .param("k", fresh.substring(0, fresh.indexOf(':')) + ":%").query(Long.class).single())
                    .as("fields still under an older key").isZero();
        } finally {
            // Back to the key the running portal has, for the test classes that follow.
            new KeyRotation(jdbc, crypto(existing + "," + fresh), transactions, events).reencryptAll();
        }
        // The PIN made with the running portal's key still opens the status page.
        assertThat(complaints.status(r.caseNumber(), r.pin(), "10.88.1.1").caseNumber()).isEqualTo(r.caseNumber());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    private ComplaintCrypto crypto(String keys) {
        return new ComplaintCrypto(new ComplaintSettings(keys, settings.devKeyFile(), settings.minFillTime(),
                settings.retention(), settings.retentionCron()),
                new StandardEnvironment());
    }
}
