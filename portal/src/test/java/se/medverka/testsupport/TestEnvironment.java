package se.medverka.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the real services every test run uses, once per JVM, before any Spring context starts:
 * a PostgreSQL database of its own (dropped and created anew; the server from
 * {@code MEDVERKA_TEST_PG_URL}, by default the local one, else an embedded PostgreSQL) and a
 * GreenMail SMTP server. Both are handed to Spring as system properties, with the rest of what a
 * production start requires (administrator, complaint key, https address): tests run without the
 * {@code dev} profile.
 */
public class TestEnvironment implements LauncherSessionListener {

    public static final String ADMIN_USERNAME = "testadmin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    /** The portal's address in mail links during tests (production requires https). */
    public static final String BASE_URL = "https://medverka.test";
    /** The complaint key of this test run: random, so that none is ever written down. */
    public static final String COMPLAINT_KEYS = randomComplaintKey("test");

    private static GreenMail greenMail;
    private static int smtpPort;
    private static EmbeddedPostgres embedded;
    private static boolean started;
    private static String adminUrl;
    private static String user;
    private static String password;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
        }
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        // Each forked JVM of surefire and failsafe names its own database (medverka.fork.db, suffixed
        // with the fork's number), so that two forks never share one; -Dmedverka.test.db given to Maven
        // reaches every JVM and cannot do that. A test run from an IDE falls back to medverka.test.db.
        String database = System.getProperty("medverka.fork.db", System.getProperty("medverka.test.db", "medverka_test"));
        adminUrl = env("MEDVERKA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        user = env("MEDVERKA_TEST_PG_USER", "postgres");
        password = env("MEDVERKA_TEST_PG_PASSWORD", "");
        if (!reachable(adminUrl, user, password)) {
            embedded = startEmbedded();
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        System.setProperty("spring.datasource.url", createDatabase(database));
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        // A test run keeps several Spring contexts alive at once (one per distinct configuration), and
        // each pool would hold its maximum open while idle: with two portal nodes beside them that
        // exceeded PostgreSQL's 100 connections. Idle pools keep one connection; busy ones still grow.
        System.setProperty("spring.datasource.hikari.minimum-idle", "1");

        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        smtpPort = greenMail.getSmtp().getPort();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(smtpPort));
        System.setProperty("medverka.admin.username", ADMIN_USERNAME);
        System.setProperty("medverka.admin.password", ADMIN_PASSWORD);
        // Everything else production requires, given explicitly, so that tests start the portal as
        // production does (no dev profile, no generated key): a key of this run's own, an https address.
        // The other journeys sign in with local passwords as fixtures; the break-glass second factor and
        // the first-sign-in password change are proven by BreakGlassSignInIT and LocalSignInTest,
        // which switch them on for their own contexts.
        System.setProperty("medverka.staff.local.second-factor", "false");
        System.setProperty("medverka.staff.local.password-change", "false");
        System.setProperty("medverka.complaint.keys", COMPLAINT_KEYS);
        System.setProperty("medverka.council.address-hash-key", randomKey());
        System.setProperty("medverka.base-url", BASE_URL);
        // Archive packages hold decrypted (test) complaints: in the build folder, not the working copy.
        System.setProperty("medverka.records.archive-dir", "target/archive-packages");
        // The tests talk plain http to 127.0.0.1, where an https address would make the session cookie
        // Secure (__Host-medverka) and HTTP clients rightly drop it; SessionCookieTest checks that
        // cookie on its own.
        System.setProperty("medverka.session.secure-cookie", "false");
        // Unit and integration tests dispatch mail themselves (a background dispatcher would race
        // them); browser journeys wait for the scheduled one, so failsafe sets a short interval.
        System.setProperty("medverka.mail.dispatch-interval", System.getProperty("medverka.test.mail-interval", "PT1H"));
        // Likewise the due-date reminders: tests run the job themselves; a test that wants the
        // scheduled one (e.g. several nodes) sets the property first.
        if (System.getProperty("medverka.routing.reminder-interval") == null) {
            System.setProperty("medverka.routing.reminder-interval", "PT1H");
        }
    }

    /**
     * Drops and creates a database on the test run's PostgreSQL server (for tests that start the
     * portal as separate processes); returns its JDBC URL. User and password: {@link #dbUser()},
     * {@link #dbPassword()}.
     */
    public static synchronized String createDatabase(String database) {
        recreate(adminUrl, user, password, database);
        return adminUrl.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
    }

    /**
     * {@link #createDatabase} for one test class's own use, named after the fork's database
     * ({@code medverka.fork.db}, e.g. {@code medverka_it_1_nodes}), so that two forks never share it.
     */
    public static String databaseOfItsOwn(String name) {
        return createDatabase(System.getProperty("medverka.fork.db", "medverka_it") + "_" + name);
    }

    public static String dbUser() {
        return user;
    }

    public static String dbPassword() {
        return password;
    }

    /** The SMTP server mails in tests are delivered to. */
    public static synchronized GreenMail mail() {
        return greenMail;
    }

    /** Stops the SMTP server, as if the city's mail server were down. */
    public static synchronized void stopMail() {
        greenMail.stop();
    }

    /** Starts a fresh SMTP server on the same port, as if the mail server came back. */
    public static synchronized void restartMail() {
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static boolean reachable(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL reachable and the embedded one did not start", e);
        }
    }

    private static void recreate(String adminUrl, String user, String password, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe test database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database, e);
        }
    }

    /** A complaint key {@code <id>:<base64 of 32 random bytes>}, as MEDVERKA_COMPLAINT_KEYS takes it. */
    public static String randomComplaintKey(String id) {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return id + ":" + java.util.Base64.getEncoder().encodeToString(key);
    }

    /** Base64 of 32 random bytes, as MEDVERKA_COUNCIL_ADDRESS_HASH_KEY takes it. */
    public static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
