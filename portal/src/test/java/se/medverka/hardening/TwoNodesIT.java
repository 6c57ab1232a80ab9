package se.medverka.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Chromium;
import se.medverka.testsupport.PortalNode;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * Two instances of the production jar on two ports against one PostgreSQL, as behind a load
 * balancer with sticky sessions: both serve; the scheduled jobs (mail dispatch, retention, due-date
 * reminders) run on both and still act once per item; a node killed with SIGKILL in the middle of
 * submissions loses no submission that got a receipt and no queued mail, and the survivor finishes
 * the dead node's unfinished routing. Residents are real browsers; the mail server is a GreenMail of
 * its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private static GreenMail smtp;
    private static String jdbcUrl;
    private static PortalNode a;
    private static PortalNode b;
    private static Playwright playwright;
    private static Browser browser;
    private static final List<String> receipts = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        jdbcUrl = TestEnvironment.databaseOfItsOwn("nodes");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", TestEnvironment.dbUser(),
                "SPRING_DATASOURCE_PASSWORD", TestEnvironment.dbPassword(),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()),
                // Every node must hold the same complaint keys, or one could not read the other's cases.
                "MEDVERKA_COMPLAINT_KEYS", "nodes:" + Base64.getEncoder().encodeToString(key),
                "MEDVERKA_BASE_URL", TestEnvironment.BASE_URL,
                // and the same address hash key, or one would not find the members the other added.
                "MEDVERKA_COUNCIL_ADDRESS_HASH_KEY", TestEnvironment.randomKey(),
                "MEDVERKA_ADMIN_USERNAME", "nodesadmin",
                "MEDVERKA_ADMIN_PASSWORD", "nodes-admin-password-1"));
        // Every job every second on both nodes, so that they really compete for the same rows.
        List<String> args = List.of(
                "--medverka.mail.dispatch-interval=PT1S",
                // plain http on 127.0.0.1 (see TestEnvironment)
                "--medverka.session.secure-cookie=false",
                "--medverka.complaint.retention=PT1S",
                "--medverka.complaint.retention-cron=* * * * * *",
                "--medverka.routing.reminder-interval=PT1S",
                "--medverka.complaint.min-fill-time=PT0S",
                "--medverka.limits.complaint=1000/PT10M",
                "--spring.modulith.events.staleness.published=PT5S",
                "--spring.modulith.events.staleness.processing=PT5S",
                "--spring.modulith.events.staleness.resubmitted=PT5S",
                "--spring.modulith.events.staleness.check-interval=PT1S",
                "--medverka.events.resubmit-interval=PT1S");
        a = PortalNode.extracted("node-a", env, args).start();
        b = PortalNode.extracted("node-b", env, args).start();
        // Started together: both run Flyway at once on the empty database; its lock lets one migrate.
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.awaitServing(STARTUP)),
                CompletableFuture.runAsync(() -> b.awaitServing(STARTUP))).join();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopAll() {
        if (playwright != null) {
            playwright.close();
        }
        Stream.of(a, b).filter(n -> n != null).forEach(PortalNode::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void bothNodesServeAndTheSchemaWasMigratedOnce() throws SQLException {
        assertThat(a.serves()).isTrue();
        assertThat(b.serves()).isTrue();
        assertThat(query("select count(*) - count(distinct version) from flyway_schema_history where version is not null"))
                .containsExactly(0L);
        assertThat(query("select count(*) from flyway_schema_history where not success")).containsExactly(0L);
    }

    @Test
    @Order(2)
    void submissionsOnBothNodesAreRoutedAndEachMailIsSentOnce() throws Exception {
        try (BrowserContext onA = resident(a); BrowserContext onB = resident(b)) {
            Page pageA = onA.newPage();
            Page pageB = onB.newPage();
            for (int i = 0; i < 4; i++) {
                receipts.add(receipted(pageA, "sv", "A" + i));
                receipts.add(receipted(pageB, "sv", "B" + i));
            }
        }
        awaitEveryCaseRoutedAndEveryMailSent();
        Map<String, Long> perMessage = messageIdCounts();
        assertThat(perMessage).as("one registry mail per case").hasSize(receipts.size());
        assertThat(perMessage.values()).as("no mail sent by both nodes").containsOnly(1L);
    }

    @Test
    @Order(3)
    void retentionErasesEachClosedComplaintOnceThoughBothNodesRunIt() throws Exception {
        // Retention erases only what a recorded decision on erasure covers (issue 18): one for every
        // committee's complaints, one second after closing, without delivery to the archive first.
        update("""
                insert into records_erasure_decision (reference, decided_on, decided_by, record_kind, committee_id,
                    erase_after, what_is_kept, archive_first, recorded_at, recorded_by)
                values ('TEST-TWO-NODES', current_date, 'Kommunstyrelsen', 'COMPLAINT', null, 'PT1S',
                    'Antal klagomål per nämnd och månad', false, now(), 'two-nodes-test')""");
        long closed = update("update complaint set closed_at = now() - interval '1 hour' where id % 2 = 0");
        assertThat(closed).isPositive();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                query("select count(*) from complaint where closed_at is not null and erased_at is null").get(0) == 0L);
        assertThat(query("select count(*) from audit_log where action = 'COMPLAINT_ERASED'")).containsExactly(closed);
        assertThat(query("select count(*) from (select subject_id from audit_log where action = 'COMPLAINT_ERASED'"
                + " group by subject_id having count(*) > 1) twice")).containsExactly(0L);
        assertThat(query("select count(distinct node) from complaint_retention_run"))
                .as("both nodes ran the job").containsExactly(2L);
    }

    @Test
    @Order(4)
    void eachOverdueCaseGetsOneReminderMailThoughBothNodesRunTheJob() throws Exception {
        long overdue = update("update routing_case set acknowledge_due = current_date - 3"
                + " where acknowledged_at is null and state in ('ASSIGNED', 'TRIAGE')");
        assertThat(overdue).isPositive();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                query("select count(*) from routing_due_reminder where kind = 'ACKNOWLEDGE'").get(0) == overdue);
        awaitEveryCaseRoutedAndEveryMailSent();
        assertThat(query("select count(*) from notification_outbox where subject like 'Påminnelse:%'"))
                .as("one reminder mail per overdue case").containsExactly(overdue);
        Map<String, Long> perMessage = messageIdCounts();
        assertThat(perMessage).hasSize(query("select count(*) from notification_outbox").get(0).intValue());
        assertThat(perMessage.values()).as("no mail sent by both nodes").containsOnly(1L);
    }

    @Test
    @Order(5)
    void aNodeKilledDuringSubmissionsLosesNoReceiptedSubmissionAndNoQueuedMail() throws Exception {
        int before = receipts.size();
        try (BrowserContext onA = resident(a); BrowserContext onB = resident(b)) {
            Page pageA = onA.newPage();
            Page pageB = onB.newPage();
            // This resident reads the portal in Yiddish (right to left).
            pageB.navigate("?lang=yi");
            receipts.add(receipted(pageA, "sv", "A-before"));
            receipts.add(receipted(pageB, "yi", "B-before"));
            // Node B dies while a resident's submission is on its way to it.
            fillComplaint(pageB, "yi", "B-killed");
            sendButton(pageB, "yi").click();
            b.kill();
            // Either the answer came before the kill (a receipt) or it never will: the resident is
            // told, in their language, that the connection was lost. Whichever shows first says which.
            Locator lost = pageB.getByText(Translations.text("yi", "shared.connection.reconnecting.text"));
            Locator number = receiptNumber(pageB, "yi");
            number.or(lost).first().waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            if (number.isVisible()) {
                receipts.add(number.textContent().strip());
            }
            assertThat(lost).isVisible();
            assertThat(pageB.locator("html")).hasAttribute("dir", "rtl");
            receipts.add(receipted(pageA, "sv", "A-after"));
        }
        assertThat(a.serves()).as("the other node goes on serving").isTrue();
        // What a node leaves behind when it dies between finishing a listener and marking the event
        // done: an incomplete publication. The survivor must pick it up, and doing the work again
        // must change nothing (the case is routed already, so no second mail).
        long pending = update("insert into event_publication (id, listener_id, event_type, serialized_event,"
                + " publication_date, status, completion_attempts) select gen_random_uuid(), listener_id, event_type,"
                + " serialized_event, now() - interval '1 minute', 'PROCESSING', 1 from event_publication"
                + " where event_type like '%CaseReceived' order by publication_date desc limit 1");
        assertThat(pending).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                query("select count(*) from event_publication where completion_date is null").get(0) == 0L);

        b.start().awaitServing(STARTUP);
        try (BrowserContext onB = resident(b)) {
            receipts.add(receipted(onB.newPage(), "sv", "B-restarted"));
        }
        assertThat(receipts.size() - before).isGreaterThanOrEqualTo(4);
        assertThat(query("select count(*) from complaint where case_number in (" + quoted(receipts) + ")"))
                .as("every receipted submission is stored").containsExactly((long) receipts.size());
        awaitEveryCaseRoutedAndEveryMailSent();
        Map<String, Long> perMessage = messageIdCounts();
        long outbox = query("select count(*) from notification_outbox").get(0);
        assertThat(perMessage).as("every queued mail delivered").hasSize((int) outbox);
        // A mail being handed to SMTP at the instant of SIGKILL can be sent again by the survivor
        // (its row was never marked sent); the stable Message-ID lets the receiver drop it.
        assertThat(perMessage.values().stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(1);
    }

    private static BrowserContext resident(PortalNode node) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(node.url()));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Fills the complaint form as a resident reading it in {@code language} does. */
    private static void fillComplaint(Page page, String language, String text) {
        page.navigate("klagomal");
        BrowserTestBase.settle(page);
        page.getByText(Translations.text(language, "complaint.form.concerns.accessibility.label"),
                new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel(Translations.text(language, "complaint.form.what.label"))
                .fill("Hissen i simhallen är trasig (" + text + ").");
    }

    private static Locator sendButton(Page page, String language) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.text(language, "complaint.form.send.action")));
    }

    /** The case number of a submission that must get one; else what the resident sees instead. */
    private static String receipted(Page page, String language, String text) {
        return submit(page, language, text).orElseThrow(() -> new AssertionError("no receipt for " + text
                + " on " + page.url() + "; the page shows:\n" + page.locator("body").innerText()));
    }

    private static Optional<String> submit(Page page, String language, String text) {
        fillComplaint(page, language, text);
        sendButton(page, language).click();
        // A node's first submission can take a while when the node has only just started (its code
        // not yet compiled) on a busy machine: as long as any other step of the page.
        return receiptOn(page, language, 30_000);
    }

    /** The receipt's case number if it shows within {@code millis}, else none (the node died). */
    private static Optional<String> receiptOn(Page page, String language, double millis) {
        Locator caseNumber = receiptNumber(page, language);
        try {
            caseNumber.waitFor(new Locator.WaitForOptions().setTimeout(millis));
            return Optional.of(caseNumber.textContent().strip());
        } catch (PlaywrightException noReceipt) {
            return Optional.empty();
        }
    }

    /** The receipt's case number, as a person finds it by its label. */
    private static Locator receiptNumber(Page page, String language) {
        return page.getByLabel(Translations.text(language, "complaint.receipt.number.label"),
                new Page.GetByLabelOptions().setExact(true));
    }

    /** Every case left RECEIVED (routed by some node) and the outbox is empty of unsent mail. */
    private static void awaitEveryCaseRoutedAndEveryMailSent() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                query("select count(*) from routing_case where state = 'RECEIVED'").get(0) == 0L
                        && query("select count(*) from notification_outbox where status <> 'SENT'").get(0) == 0L
                        && query("select count(*) from notification_outbox").get(0) >= query("select count(*) from routing_case").get(0)
                        && messageIdCounts().size() >= query("select count(*) from notification_outbox").get(0));
    }

    private static Map<String, Long> messageIdCounts() {
        return Stream.of(smtp.getReceivedMessages()).map(TwoNodesIT::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
    }

    private static List<Long> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        }
    }

    private static long update(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, TestEnvironment.dbUser(), TestEnvironment.dbPassword());
    }
}
