package se.medverka.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.routing.CaseDeadline;
import se.medverka.routing.CaseDetails;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * Due-date reminders on the real PostgreSQL and GreenMail. Time is moved by setting the cases' due
 * dates relative to today. Other test classes' cases may share the database, so every count is
 * taken over this test's own cases.
 */
@SpringBootTest
class DueReminderJobTest {

    @Autowired DueReminderJob job;
    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired MailDispatcher dispatcher;
    @Autowired PortalI18NProvider i18n;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired CaseEventRepository trail;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired Clock clock;

    private final LocalDate today = LocalDate.now(se.medverka.shared.time.CityTime.ZONE);
    private CommitteeSummary education;

    @BeforeEach
    void setUp() throws Exception {
        education = register.committeeByCode("utbildningsnamnden").orElseThrow();
        // Earlier test classes leave thousands of registry mails queued (CasesTest opens 4 000
        // cases); sending them here would take minutes, and this test counts only its own mails.
        jdbc.sql("delete from notification_outbox").update();
        TestEnvironment.mail().purgeEmailFromAllMailboxes();
    }

    @Test
    void overdueCasesGetOneReminderPerDeadlineEvenWhenTheJobRunsTwice() throws Exception {
        CaseRef bothPassed = routedCase(today.minusDays(3), today.minusDays(1));
        CaseRef acknowledgePassed = routedCase(today.minusDays(1), today.plusDays(5));
        CaseRef dueToday = routedCase(today, today);
        CaseRef acknowledged = routedCase(today.minusDays(2), today.plusDays(1));
        moveTo(acknowledged, CaseState.IN_PROGRESS);
        CaseRef answered = routedCase(today.minusDays(9), today.minusDays(2));
        moveTo(answered, CaseState.IN_PROGRESS);
        moveTo(answered, CaseState.ANSWERED);
        CaseRef closed = routedCase(today.minusDays(9), today.minusDays(2));
        moveTo(closed, CaseState.CLOSED);

        job.remindDue();
        job.remindDue();

        assertThat(reminders(bothPassed)).containsExactly("ACKNOWLEDGE", "ANSWER");
        assertThat(reminders(acknowledgePassed)).containsExactly("ACKNOWLEDGE");
        for (CaseRef none : List.of(dueToday, acknowledged, answered, closed)) {
            assertThat(reminders(none)).as("no reminder for %s", none.caseNumber()).isEmpty();
            assertThat(outboxRows(none, CaseDeadline.ACKNOWLEDGE) + outboxRows(none, CaseDeadline.ANSWER)).isZero();
        }
        assertThat(outboxRows(bothPassed, CaseDeadline.ACKNOWLEDGE)).isEqualTo(1);
        assertThat(outboxRows(bothPassed, CaseDeadline.ANSWER)).isEqualTo(1);
        assertThat(outboxRows(acknowledgePassed, CaseDeadline.ACKNOWLEDGE)).isEqualTo(1);
        assertThat(outboxRows(acknowledgePassed, CaseDeadline.ANSWER)).isZero();
        assertThat(trailOf(bothPassed)).extracting(CaseDetails.Event::action)
                .containsExactly("CREATED", "ROUTED", "REMINDER", "REMINDER");

        dispatchAll();
        List<MimeMessage> mails = mailsAbout(bothPassed);
        assertThat(mails).hasSize(2);
        assertThat(mailsAbout(acknowledgePassed)).hasSize(1);
        MimeMessage answerMail = mails.stream().filter(m -> subject(m).equals(subject(bothPassed, CaseDeadline.ANSWER)))
                .findFirst().orElseThrow();
        assertThat(answerMail.getAllRecipients()[0].toString()).isEqualTo(education.registryMailbox());
        String body = GreenMailUtil.getBody(answerMail);
        assertThat(body).contains(bothPassed.caseNumber(), "/personal/arenden/" + bothPassed.id(),
                Formats.date(today.minusDays(1), Language.SV.locale()));
        assertThat(body).as("never the submission's own reference or text").doesNotContain(reference(bothPassed));
    }

    @Test
    void twoNodesRunningAtOnceRemindEachCaseOncePerDeadline() throws Exception {
        List<CaseRef> overdue = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            overdue.add(openCase());
        }
        for (CaseRef c : overdue) {
            awaitRouted(c);
            setDueDates(c, today.minusDays(4), today.minusDays(1));
        }
        // Two nodes: two jobs with a small batch, so that each takes several batches while the other runs.
        DueReminderJob node1 = new DueReminderJob(jdbc, trail, publisher, transactions, clock, 7);
        DueReminderJob node2 = new DueReminderJob(jdbc, trail, publisher, transactions, clock, 7);
        long before = allReminders();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int reminded = 0;
        try {
            List<Callable<Integer>> nodes = List.of(() -> { start.await(); return node1.remindDue(); },
                    () -> { start.await(); return node2.remindDue(); });
            List<Future<Integer>> results = nodes.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> f : results) {
                reminded += f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reminded).as("each reminder recorded was queued by exactly one node").isEqualTo(allReminders() - before);
        assertThat(node1.remindDue() + node2.remindDue() + job.remindDue()).isZero();
        for (CaseRef c : overdue) {
            assertThat(reminders(c)).containsExactly("ACKNOWLEDGE", "ANSWER");
            assertThat(outboxRows(c, CaseDeadline.ACKNOWLEDGE)).isEqualTo(1);
            assertThat(outboxRows(c, CaseDeadline.ANSWER)).isEqualTo(1);
            assertThat(trailOf(c)).filteredOn(e -> e.action().equals("REMINDER")).hasSize(2);
        }

        dispatchAll();
        int mails = 0;
        for (CaseRef c : overdue) {
            mails += mailsAbout(c).size();
        }
        assertThat(mails).isEqualTo(60);
    }

    @Test
    void theAcknowledgeReminderComesFirstAndTheAnswerReminderWhenItsDayHasPassed() {
        CaseRef c = routedCase(today.minusDays(1), today.plusDays(3));
        job.remindDue();
        assertThat(reminders(c)).containsExactly("ACKNOWLEDGE");

        // Days later: the case was taken up but not answered, and its answer date has passed.
        moveTo(c, CaseState.IN_PROGRESS);
        setDueDates(c, today.minusDays(6), today.minusDays(1));
        job.remindDue();
        job.remindDue();
        assertThat(reminders(c)).containsExactly("ACKNOWLEDGE", "ANSWER");
        assertThat(outboxRows(c, CaseDeadline.ACKNOWLEDGE)).isEqualTo(1);
        assertThat(outboxRows(c, CaseDeadline.ANSWER)).isEqualTo(1);
        List<CaseDetails.Event> events = trailOf(c);
        assertThat(events).extracting(CaseDetails.Event::action).containsExactly("CREATED", "ROUTED", "REMINDER", "STATE", "REMINDER");
        assertThat(events.get(2).from()).isEqualTo("ACKNOWLEDGE");
        assertThat(events.get(4).from()).isEqualTo("ANSWER");
        assertThat(events.get(4).to()).isEqualTo(today.minusDays(1).toString());
    }

    private CaseRef routedCase(LocalDate acknowledgeDue, LocalDate answerDue) {
        CaseRef ref = openCase();
        awaitRouted(ref);
        setDueDates(ref, acknowledgeDue, answerDue);
        return ref;
    }

    /** A school complaint in Bromma, which routing assigns to the education committee. */
    private CaseRef openCase() {
        String reference = "due-" + UUID.randomUUID();
        return transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, reference, "school", "bromma", null, "sv")));
    }

    private void awaitRouted(CaseRef c) {
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(c.id()).orElseThrow().state() == CaseState.ASSIGNED);
    }

    private void setDueDates(CaseRef c, LocalDate acknowledgeDue, LocalDate answerDue) {
        jdbc.sql("update routing_case set acknowledge_due = :ack, answer_due = :answer where id = :id")
                .param("ack", acknowledgeDue).param("answer", answerDue).param("id", c.id()).update();
    }

    private void moveTo(CaseRef c, CaseState state) {
        StaffFixtures.asHandler("due-handler", education.id(), () -> {
            cases.changeState(c.id(), state, null);
            return null;
        });
    }

    private List<CaseDetails.Event> trailOf(CaseRef c) {
        return StaffFixtures.asHandler("due-handler", education.id(), () -> cases.find(c.id()).orElseThrow().trail());
    }

    private List<String> reminders(CaseRef c) {
        return jdbc.sql("select kind from routing_due_reminder where case_id = :id order by kind")
                .param("id", c.id()).query(String.class).list();
    }

    private long allReminders() {
        return jdbc.sql("select count(*) from routing_due_reminder").query(Long.class).single();
    }

    private String reference(CaseRef c) {
        return jdbc.sql("select reference from routing_case where id = :id").param("id", c.id()).query(String.class).single();
    }

    private long outboxRows(CaseRef c, CaseDeadline deadline) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = :to and subject = :subject")
                .param("to", education.registryMailbox()).param("subject", subject(c, deadline))
                .query(Long.class).single();
    }

    private String subject(CaseRef c, CaseDeadline deadline) {
        return i18n.translate("mail.case.overdue." + deadline.name().toLowerCase(java.util.Locale.ROOT) + ".subject",
                Language.SV, c.caseNumber());
    }

    private List<MimeMessage> mailsAbout(CaseRef c) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            if (subject(m).equals(subject(c, CaseDeadline.ACKNOWLEDGE)) || subject(m).equals(subject(c, CaseDeadline.ANSWER))) {
                found.add(m);
            }
        }
        return found;
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // send everything that is due, as the scheduler would
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
