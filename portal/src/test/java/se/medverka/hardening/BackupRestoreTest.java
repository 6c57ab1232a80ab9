package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;

/**
 * A {@code pg_dump} of the test database restored with {@code pg_restore} into an empty database holds
 * the same cases (numbers, committees, states) and complaints — still encrypted: the key is not in the
 * dump. Needs the PostgreSQL client programs ({@code /usr/lib/postgresql/<version>/bin} or on the
 * PATH) and a server the test may create a database on; skipped (assumption) without them.
 */
@SpringBootTest
class BackupRestoreTest {

    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseServesTheSameCases() throws Exception {
        Optional<Path> bin = postgresBin();
        assumeTrue(bin.isPresent(), "pg_dump/pg_restore not installed");
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/([a-z0-9_]+)").matcher(url);
        assumeTrue(m.find(), "not a plain PostgreSQL URL: " + url);
        String host = m.group(1), port = m.group(2).isEmpty() ? "5432" : m.group(2), source = m.group(3);
        String target = source + "_restored";

        complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta", null, null,
                "Hemlig text före säkerhetskopian", List.of(), null, "PIN", null, null, "sv", "",
                Instant.now().minusSeconds(60)), "10.99.0.1");
        // The case is routed asynchronously; the copy is compared once nothing is moving any more.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
        String cases = "select case_number || ' ' || coalesce(committee_id::text, '-') || ' ' || state from routing_case order by id";
        List<String> expected = jdbc.sql(cases).query(String.class).list();
        // Erased complaints (retention, e.g. by ThiefsDumpTest before this class) have no content left to compare.
        List<String> sealed = jdbc.sql("select what_enc from complaint where erased_at is null order by id").query(String.class).list();

        Path dump = Files.createTempFile("medverka", ".dump");
        try {
            run(bin.get().resolve("pg_dump"), "-h", host, "-p", port, "-U", user, "-Fc", "-f", dump.toString(), source);
            jdbc.sql("drop database if exists " + target + " with (force)").update();
            jdbc.sql("create database " + target).update();
            run(bin.get().resolve("pg_restore"), "-h", host, "-p", port, "-U", user, "--no-owner", "-d", target, dump.toString());

            JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(url.replace("/" + source, "/" + target), user, password));
            assertThat(restored.sql(cases).query(String.class).list()).isEqualTo(expected).isNotEmpty();
            List<String> restoredSealed = restored.sql("select what_enc from complaint where erased_at is null order by id").query(String.class).list();
            assertThat(restoredSealed).isEqualTo(sealed).allMatch(v -> v.matches("[a-z0-9]+:[A-Za-z0-9+/=]+"))
                    .noneMatch(v -> v.contains("Hemlig"));
        } finally {
            Files.deleteIfExists(dump);
            jdbc.sql("drop database if exists " + target + " with (force)").update();
        }
    }

    private void run(Path program, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!password.isEmpty()) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s: %s", command.getFirst(), out).isZero();
    }

    /** The newest installed PostgreSQL's programs, else those on the PATH. */
    static Optional<Path> postgresBin() throws Exception {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("pg_restore")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(Path::of)
                .filter(d -> Files.isExecutable(d.resolve("pg_dump")) && Files.isExecutable(d.resolve("pg_restore"))).findFirst();
    }
}
