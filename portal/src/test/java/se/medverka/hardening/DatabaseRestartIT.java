package se.medverka.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.TransactionException;
import org.springframework.util.FileSystemUtils;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Translations;

/**
 * The database restarts while residents are sending complaints. The portal must tell the person whose
 * request failed what happened, let them try again, heal by itself once PostgreSQL is back (no restart
 * of the application) and never keep half a submission.
 *
 * <p>This test needs a PostgreSQL it may stop, so it starts an embedded one of its own on a fixed
 * port with its data kept across the restart, and gives only this test's Spring context to it (a
 * context of its own, closed after the class; the other tests keep the run's database).
 */
@TestPropertySource(properties = {"medverka.complaint.min-fill-time=PT0S", "medverka.limits.complaint=100000/PT10M"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseRestartIT extends BrowserTestBase {

    private static final String DATABASE = "medverka_restart";
    private static final int SUBMITTERS = 2;
    private static Path dataDirectory;
    private static int pgPort;
    private static volatile EmbeddedPostgres postgres;

    @Autowired Complaints complaints;
    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incompletePublications;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        dataDirectory = Files.createTempDirectory("medverka-restart-pg");
        try (ServerSocket probe = new ServerSocket(0)) {
            pgPort = probe.getLocalPort();
        }
        startPostgres();
        removeAtExit();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
        // Registered properties come before the system properties TestEnvironment set for the run.
        registry.add("spring.datasource.url", () -> url(DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * Stops this PostgreSQL and removes its data when the test JVM ends: the application must be closed
     * first (after the class, by {@code @DirtiesContext}), as closing it still writes to the database.
     */
    private static void removeAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                FileSystemUtils.deleteRecursively(dataDirectory);
            } catch (IOException e) {
                System.err.println("Could not remove the restart test's PostgreSQL: " + e);
            }
        }));
    }

    @Test
    void underLoadTheDatabaseRestartsThePersonIsToldAndThePortalRecoversWithNothingStoredHalf() throws Exception {
        Load load = new Load();
        load.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> load.receipts.size() >= 5);

        open(page, "klagomal");
        page.getByText(Translations.sv("complaint.form.concerns.treatment.label"), new Page.GetByTextOptions().setExact(true)).click();
        Locator what = page.getByLabel(Translations.sv("complaint.form.what.label"));
        what.fill("Ingen ramp vid entrén till biblioteket.");
        page.getByText(Translations.sv("complaint.form.anonymity.anonymous.label"), new Page.GetByTextOptions().setExact(true)).click();

        postgres.close();
        long failuresBefore = load.failures.get();
        Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.sv("complaint.form.send.action")));
        long clicked = System.nanoTime();
        send.click();
        Locator error = page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText(Translations.sv("shared.error.database.message")));
        assertThat(error).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        long errorShownMillis = (System.nanoTime() - clicked) / 1_000_000;
        settle(page);
        assertThat(send).isEnabled();
        assertThat(send).hasText(Translations.sv("complaint.form.send.action"));
        assertThat(what).hasValue("Ingen ramp vid entrén till biblioteket.");
        assertAccessible(page);
        await().atMost(Duration.ofSeconds(15)).until(() -> load.failures.get() > failuresBefore);

        startPostgres();
        long upAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> load.firstSuccessAfter(upAt) > 0);
        long recoveryMillis = (load.firstSuccessAfter(upAt) - upAt) / 1_000_000;

        // The same page, the same application: the person closes the message and sends again, by keyboard.
        error.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Translations.sv("shared.error.close.action"))).focus();
        page.keyboard().press("Enter");
        assertThat(error).isHidden();
        send.focus();
        page.keyboard().press("Enter");
        settle(page);
        Locator caseNumber = page.getByLabel(Translations.sv("complaint.receipt.number.label"), new Page.GetByLabelOptions().setExact(true));
        assertThat(caseNumber).isVisible();
        String browserCase = caseNumber.textContent();
        int storedSoFar = load.receipts.size();
        await().atMost(Duration.ofSeconds(15)).until(() -> load.receipts.size() >= storedSoFar + 5);
        load.stop();

        System.out.printf("DBRESTART error shown %d ms after the click; first submission %d ms after PostgreSQL was"
                        + " back; %d submissions stored, %d refused while it was down (%s)%n",
                errorShownMillis, recoveryMillis, load.receipts.size(), load.failures.get(), load.failureTypes);
        assertThat(load.failureTypes).as("every refused submission failed on the database, nothing else")
                .allSatisfy(type -> assertThat(DataAccessException.class.isAssignableFrom(type)
                        || TransactionException.class.isAssignableFrom(type)).as(type.getName()).isTrue());

        List<String> receipts = new ArrayList<>(load.receipts);
        receipts.add(browserCase);
        assertNothingStoredHalf(receipts);
    }

    private void assertNothingStoredHalf(List<String> receipts) {
        assertThat(jdbc.sql("select count(*) from complaint where case_number in (:numbers)")
                .param("numbers", receipts).query(Long.class).single())
                .as("every receipt a resident got is a stored complaint").isEqualTo(receipts.size());
        assertThat(jdbc.sql("""
                select count(*) from complaint c left join routing_case r on r.id = c.case_id
                where r.id is null or r.case_number <> c.case_number or r.kind <> 'COMPLAINT'""").query(Long.class).single())
                .as("complaints without their case").isZero();
        assertThat(jdbc.sql("""
                select count(*) from routing_case r
                where not exists (select 1 from complaint c where c.case_id = r.id)""").query(Long.class).single())
                .as("cases without their complaint").isZero();
        // Numbers are gap-free: a submission that failed must not even have used up a number.
        assertThat(jdbc.sql("""
                select count(*) from (
                    select split_part(case_number, '-', 2) as year from routing_case
                    group by 1 having count(*) <> max(split_part(case_number, '-', 3)::int)) gaps""")
                .query(Long.class).single()).as("years with gaps in the case numbers").isZero();
        assertRegistryMailedOnce("state <> 'RECEIVED'");

        // Routing that failed while the database was down waits in the event publication registry
        // (resubmitted at the next start); resubmitting it now must route every case exactly once.
        // Younger publications are still being handled by the listener itself.
        incompletePublications.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from routing_case where state = 'RECEIVED'").query(Long.class).single())
                    .as("cases never routed").isZero();
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()).as("incomplete event publications").isZero();
        });
        assertRegistryMailedOnce("true");
        long complaints = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        assertThat(complaints).isEqualTo(jdbc.sql("select count(*) from routing_case").query(Long.class).single())
                .isGreaterThanOrEqualTo(receipts.size());
    }

    /** Every case matching the condition has its "new case" mail to the registry in the outbox exactly once. */
    private void assertRegistryMailedOnce(String condition) {
        String[] subject = Translations.sv("mail.case.assigned.subject").split("\\{0\\}", 2);
        List<String> wrong = jdbc.sql("""
                select r.case_number || ': ' || count(o.id) from routing_case r
                left join notification_outbox o on o.subject = :before || r.case_number || :after
                where %s group by r.case_number having count(o.id) <> 1""".formatted(condition))
                .param("before", subject[0]).param("after", subject[1]).query(String.class).list();
        assertThat(wrong).as("cases whose registry mail is missing or doubled (case: mails)").isEmpty();
    }

    private static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    /**
     * Residents sending complaints through the service, each thread in a loop until stopped (bounded
     * by a deadline as well), recording every receipt and every failure with its time.
     */
    private final class Load {

        private final Queue<String> receipts = new ConcurrentLinkedQueue<>();
        private final Queue<Long> successTimes = new ConcurrentLinkedQueue<>();
        private final AtomicLong failures = new AtomicLong();
        private final Set<Class<?>> failureTypes = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        void start() {
            Instant deadline = Instant.now().plusSeconds(120);
            for (int t = 0; t < SUBMITTERS; t++) {
                String address = "192.0.2." + (t + 1);
                threads.add(Thread.ofPlatform().name("submitter-" + t).start(() -> {
                    while (running && Instant.now().isBefore(deadline)) {
                        try {
                            receipts.add(complaints.submit(submission(), address).caseNumber());
                            successTimes.add(System.nanoTime());
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            failureTypes.add(e.getClass());
                        }
                        pause();
                    }
                }));
            }
        }

        long firstSuccessAfter(long nanos) {
            return successTimes.stream().filter(t -> t > nanos).min(Long::compare).orElse(0L);
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(15_000);
            }
        }

        private ComplaintSubmission submission() {
            return new ComplaintSubmission("ACCESSIBILITY", null, null, null, null, "Hissen är trasig igen.",
                    List.of(), null, "ANONYMOUS", null, null, "sv", "", Instant.now().minusSeconds(60));
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
