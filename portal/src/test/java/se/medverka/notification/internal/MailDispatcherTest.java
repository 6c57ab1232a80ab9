package se.medverka.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.testsupport.TestEnvironment;

/** The outbox on the real PostgreSQL, delivering to a real SMTP server (GreenMail). */
@SpringBootTest
class MailDispatcherTest {

    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired OutboxRepository repository;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxRetention retention;

    @BeforeEach
    void emptyOutboxAndMailbox() throws Exception {
        // Cases opened by earlier test classes in this context are still being routed in the
        // background, each queueing a registry mail; wait for them so none lands in this test's count.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).until(() -> jdbc
                .sql("select count(*) from routing_case where state = 'RECEIVED'").query(Long.class).single() == 0);
        jdbc.sql("delete from notification_outbox").update();
        TestEnvironment.mail().purgeEmailFromAllMailboxes();
    }

    @Test
    void aQueuedMailIsSentOnceWithItsIdAsMessageId() {
        OutboxMail mail = transactions.execute(s -> outbox.queue("resident@example.org", "Kvitto MV-1", "Tack"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        MimeMessage[] received = TestEnvironment.mail().getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(subject(received[0])).isEqualTo("Kvitto MV-1");
        assertThat(header(received[0], "Message-ID")).isEqualTo("<outbox-" + mail.getId() + "@medverka>");
        assertThat(repository.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void aMailToAResidentLosesRecipientAndBodyOnceSentAndKeepsItsMessageIdStateAndTimes() {
        OutboxMail personal = transactions.execute(s -> outbox.queuePersonal("resident@example.org", "Svar MV-2", "Svaret", "complaint:1"));
        OutboxMail registry = transactions.execute(s -> outbox.queue("registrator@stad.example", "Nytt ärende MV-2", "Länk"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(TestEnvironment.mail().getReceivedMessages()).hasSize(2);

        Map<String, Object> sent = jdbc.sql("select * from notification_outbox where id = :id").param("id", personal.getId()).query().singleRow();
        assertThat(sent.get("recipient")).isNull();
        assertThat(sent.get("body")).isNull();
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("message_id")).isEqualTo("<outbox-" + personal.getId() + "@medverka>");
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(sent.get("redacted_at")).isNotNull();
        // A committee's registry mailbox is a function address, and its mail carries a case number and a link only.
        assertThat(jdbc.sql("select recipient from notification_outbox where id = :id").param("id", registry.getId())
                .query(String.class).single()).isEqualTo("registrator@stad.example");
    }

    @Test
    void aQueuedMailOfAnErasedComplaintIsDeletedAndOneThatFailedForGoodIsRedactedAfterItsRetention() {
        // Nothing is dispatched here: the mails stay queued, and one is marked as failed for good 40 days ago.
        OutboxMail queued = transactions.execute(s -> outbox.queuePersonal("a@example.org", "Kvitto", "Text", "complaint:77"));
        OutboxMail failed = transactions.execute(s -> outbox.queuePersonal("b@example.org", "Kvitto", "Text", "complaint:78"));
        jdbc.sql("update notification_outbox set status = 'FAILED', next_attempt_at = now() - interval '40 days' where id = :id")
                .param("id", failed.getId()).update();
        int deleted = transactions.execute(s -> repository.deleteUnsent("complaint:77"));
        assertThat(deleted).isEqualTo(1);
        assertThat(repository.findById(queued.getId())).isEmpty();
        assertThat(retention.redactFailed()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("select recipient, body, status from notification_outbox where id = :id")
                .param("id", failed.getId()).query().singleRow();
        assertThat(row.get("recipient")).isNull();
        assertThat(row.get("body")).isNull();
        assertThat(row.get("status")).isEqualTo("FAILED");
    }

    @Test
    void aMailWhoseCauseRollsBackIsNeverQueued() {
        try {
            transactions.executeWithoutResult(s -> {
                outbox.queue("resident@example.org", "Never", "-");
                throw new IllegalStateException("the cause failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(repository.count()).isZero();
    }

    @Test
    void smtpDownThenUpDeliversEveryMailExactlyOnce() throws Exception {
        TestEnvironment.stopMail();
        try {
            transactions.executeWithoutResult(s -> {
                for (int i = 0; i < 3; i++) {
                    outbox.queue("resident" + i + "@example.org", "Ärende " + i, "Text " + i);
                }
            });
            assertThat(dispatcher.dispatchDue()).isEqualTo(3);
            assertThat(repository.countByStatus(OutboxMail.Status.PENDING)).isEqualTo(3);
            assertThat(repository.findAll()).allSatisfy(m -> {
                assertThat(m.getAttempts()).isEqualTo(1);
                assertThat(m.getLastError()).isNotBlank();
            });
        } finally {
            TestEnvironment.restartMail();
        }
        // The back-off has not passed yet: nothing is retried early.
        assertThat(dispatcher.dispatchDue()).isZero();
        jdbc.sql("update notification_outbox set next_attempt_at = now() - interval '1 second'").update();
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(TestEnvironment.mail().getReceivedMessages()).hasSize(3);
        assertThat(repository.countByStatus(OutboxMail.Status.SENT)).isEqualTo(3);
    }

    @Test
    void twoDispatchersAtOnceSendEachMailOnce() throws Exception {
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                outbox.queue("r" + i + "@example.org", "Mail " + i, "-");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> nodes = List.of(dispatcher::dispatchDue, dispatcher::dispatchDue);
            int attempted = 0;
            for (Future<Integer> f : pool.invokeAll(nodes)) {
                attempted += f.get();
            }
            assertThat(attempted).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            subjects.add(subject(m));
        }
        assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void aMailThatKeepsFailingEndsAsFailedButStaysInTheOutbox() {
        OutboxMail mail = new OutboxMail("x@example.org", "s", "b", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        mail.failed(java.time.Instant.parse("2026-01-01T00:00:00Z"), "down", 3);
        assertThat(mail.getNextAttemptAt()).isEqualTo(java.time.Instant.parse("2026-01-01T00:00:30Z"));
        mail.failed(java.time.Instant.parse("2026-01-01T00:00:30Z"), "down", 3);
        assertThat(mail.getNextAttemptAt()).isEqualTo(java.time.Instant.parse("2026-01-01T00:01:30Z"));
        mail.failed(java.time.Instant.parse("2026-01-01T00:01:30Z"), "down", 3);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
