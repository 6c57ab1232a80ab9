package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.complaint.internal.RetentionJob;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.dialogue.DialogueParticipants;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.internal.ParticipantAddressRetention;
import se.medverka.followup.FollowUp;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.notification.internal.OutboxRetention;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.RegisterAdministration;
import se.medverka.routing.internal.CaseTrailRetention;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * A thief's dump: what someone who copies the whole database, but not the keys, can learn about
 * complaints. Residents send complaints with marker texts, names and addresses; committees answer,
 * note and forward them (with marker reasons); a dialogue participant leaves a marker address; the
 * mail is sent; the cases are closed and retention runs. Then a plain {@code pg_dump} of the whole
 * database must contain no marker, and the joins a thief would try — every row that names a ground
 * in plain text, joined with the register's cases of the same committee and day or month — must
 * never narrow a ground down to fewer than {@code medverka.followup.min-cell} complaints. One of the
 * complaints is the only one of a new committee this month: exactly the case a plaintext count
 * (or fact) per committee and month would give away.
 */
@SpringBootTest
class ThiefsDumpTest {

    /**
     * The grounds' codes; a ground in plain text is one of these as a word of its own. Letters, digits
     * and base64's + / = around it make it part of a longer token: ciphertext in base64 holds "age" or
     * "sex" by chance (one run in a few did), and that is no ground a thief can read.
     */
    private static final Pattern GROUND = Pattern.compile("(?<![A-Za-z0-9_+/])(" + String.join("|", FollowUp.GROUNDS) + ")(?![A-Za-z0-9_+/=])");
    /** Tables whose content is the portal's own reference data or texts, not anything a resident sent. */
    private static final Set<String> REFERENCE = Set.of("ref_discrimination_ground", "flyway_schema_history",
            "information_ui_text", "information_page_text");

    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired RegisterAdministration register;
    @Autowired DialogueAdmin dialogueAdmin;
    @Autowired DialogueProposals proposing;
    @Autowired DialogueParticipants participants;
    @Autowired MailDispatcher dispatcher;
    @Autowired RetentionJob complaintRetention;
    @Autowired CaseTrailRetention trailRetention;
    @Autowired ParticipantAddressRetention addressRetention;
    @Autowired OutboxRetention outboxRetention;
    @Autowired StaffFixtures staff;
    @Autowired se.medverka.records.ErasureDecisions erasureDecisions;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;
    @Value("${medverka.followup.min-cell:5}") int minCell;

    private final String marker = "thief" + HexFormat.of().formatHex(randomBytes());

    @Test
    void aDumpWithoutTheKeysNamesNoGroundAnswerTextOrAddressOfAComplaint() throws Exception {
        long started = System.nanoTime();
        Optional<Path> bin = BackupRestoreTest.postgresBin();
        assumeTrue(bin.isPresent(), "pg_dump not installed");
        // Mails that earlier tests in this JVM queued and never sent are not this test's: they stay in
        // the table (the thief's scan below reads them) but are put off, so that dispatching sends this
        // test's mails only (sending a thousand others to GreenMail took a minute of the test run).
        jdbc.sql("update notification_outbox set next_attempt_at = now() + interval '1 day' where status = 'PENDING'").update();

        // A committee of its own, so that one complaint is alone in its committee and month.
        long lonely = StaffFixtures.asAdmin(() -> register.addCommittee(marker.substring(0, 12) + "-n", null,
                new CommitteeChange("Ensamma nämnden " + marker.substring(5, 9), CommitteeKind.SPECIALIST,
                        "registrator-lonely@stad.example", true, 2, 14))).id();

        List<Long> caseIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            caseIds.add(submit(i, i % 2 == 0 ? List.of("religion") : List.of("ethnicity", "disability")));
        }
        // Counted where routing put it, then forwarded: the lonely committee's only complaint, naming religion.
        long alone = caseIds.getFirst();
        for (long caseId : caseIds) {
            await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        }
        StaffFixtures.asAdmin(() -> {
            cases.forward(alone, lonely, "Vidarebefordrad: " + marker("reason"));
            return null;
        });
        // Complaint content is the handlers' (administrators read none): each case's committee answers.
        for (long caseId : caseIds) {
            long committee = cases.committeeOf(caseId).orElseThrow();
            StaffFixtures.asHandler("dump-handler", committee, () -> {
                handling.addNote(caseId, "Anteckning " + marker("note"));
                handling.answer(caseId, "Vi svarar: " + marker("answer"), "sv");
                handling.changeState(caseId, CaseState.CLOSED);
                return null;
            });
        }

        // A complaint still waiting for its receipt mail when it is erased: the queued mail goes with it.
        long unsent = submit(99, List.of("age"));

        // A dialogue participant leaves an address for the feedback; the feedback is published.
        long committee = staff.committeeId("kulturnamnden");
        long dialogue = asDialogueStaff(committee, () -> {
            long id = dialogueAdmin.create(new Draft(committee, Map.of("sv", new Texts("Bibliotekets öppettider",
                    "Vilka tider passar dig?", "Berätta.")), Set.of(), Set.of(), Set.of(),
                    java.time.LocalDate.now(CityTime.ZONE).minusDays(1), java.time.LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true,
                    ModerationMode.POST, 3));
            dialogueAdmin.publish(id);
            return id;
        });
        proposing.propose(dialogue, "Längre öppet", "Öppet till nio på kvällen.", marker("dialogue") + "@example.org", Language.SV);
        String token = jdbc.sql("select email_token::text from dialogue_participant where email = :e")
                .param("e", marker("dialogue") + "@example.org").query(String.class).single();
        assertThat(participants.confirmEmail(token)).isTrue();

        // Erasure needs a recorded decision (gallringsbeslut): this one allows it two years after closing.
        se.medverka.testsupport.ErasureDecisionFixture.complaintsAfterTwoYears(erasureDecisions);
        // The mail goes out; then the cases lie closed for three years and the dialogue gets its feedback.
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 366)));
        jdbc.sql("update complaint set closed_at = :at where case_id = :id").param("at", longAgo).param("id", unsent).update();
        assertThat(complaintRetention.eraseDue()).isPositive();
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox has nothing due
        }
        asDialogueStaff(committee, () -> {
            dialogueAdmin.close(dialogue);
            dialogueAdmin.publishFeedback(dialogue, Map.of("sv", "Vi har öppet längre på torsdagar."));
            return null;
        });
        while (dispatcher.dispatchDue() > 0) {
            // the feedback mail
        }
        for (long caseId : caseIds) {
            jdbc.sql("update complaint set closed_at = :at where case_id = :id").param("at", longAgo).param("id", caseId).update();
            jdbc.sql("update routing_case set closed_at = :at where id = :id").param("at", longAgo).param("id", caseId).update();
        }
        complaintRetention.eraseDue();
        trailRetention.clearReasons();
        addressRetention.eraseDue();
        outboxRetention.redactFailed();

        // The residents did get their mail (so the redaction is not an absence of mail), except the erased one's.
        List<String> recipients = Stream.of(TestEnvironment.mail().getReceivedMessages())
                .map(m -> GreenMailUtil.getAddressList(recipients(m))).toList();
        assertThat(recipients).anyMatch(r -> r.contains(marker("mail0"))).anyMatch(r -> r.contains(marker("dialogue")))
                .noneMatch(r -> r.contains(marker("mail99")));

        String dump = dump(bin.get());
        assertThat(dump.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains(marker)).toList())
                .as("lines of the dump with a marker").isEmpty();
        assertThat(thiefsAttributions()).as("grounds a thief can attribute to fewer than %d complaints", minCell).isEmpty();
        System.out.printf("ThiefsDumpTest: %d bytes of dump, %.1f s%n", dump.length(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Every row of every table that names a ground in plain text (reference data aside), joined with
     * the complaint cases of the register the way a thief would: same committee, same day (a date
     * column) or month (a {@code month} column), else all of them. Returns the rows whose ground
     * narrows down to fewer than {@code minCell} complaints.
     */
    private List<String> thiefsAttributions() {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class).list();
        for (String table : tables) {
            if (REFERENCE.contains(table)) {
                continue;
            }
            Map<String, String> columns = new java.util.LinkedHashMap<>();
            jdbc.sql("select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = :t")
                    .param("t", table).query(rs -> {
                        columns.put(rs.getString(1), rs.getString(2));
                    });
            String committee = columns.containsKey("committee_id") ? "committee_id" : null;
            String day = columns.entrySet().stream().filter(e -> e.getValue().startsWith("date") || e.getValue().startsWith("timestamp"))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            for (Map<String, Object> row : jdbc.sql("select * from \"" + table + "\"").query().listOfRows()) {
                String text = row.values().stream().map(v -> v instanceof java.sql.Array a ? arrayText(a) : String.valueOf(v))
                        .reduce("", (a, b) -> a + " " + b);
                Matcher ground = GROUND.matcher(text);
                if (!ground.find()) {
                    continue;
                }
                String where = "kind = 'COMPLAINT'";
                Map<String, Object> p = new java.util.HashMap<>();
                if (committee != null && row.get(committee) != null) {
                    where += " and committee_id = :c";
                    p.put("c", row.get(committee));
                }
                if (day != null && row.get(day) != null) {
                    String unit = day.equals("month") ? "month" : "day";
                    where += " and date_trunc('" + unit + "', received_at at time zone 'Europe/Stockholm') = date_trunc('" + unit + "', cast(:d as timestamp))";
                    p.put("d", row.get(day));
                }
                long candidates = jdbc.sql("select count(*) from routing_case where " + where).params(p).query(Long.class).single();
                if (candidates < minCell) {
                    found.add(table + " " + row + ": " + ground.group(1) + " among " + candidates + " complaint(s)");
                }
            }
        }
        return found;
    }

    private long submit(int i, List<String> grounds) {
        Receipt r = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "bromma", "Plats " + marker("place" + i),
                null, "Det här hände: " + marker("what" + i), grounds, "Jag önskar " + marker("wish" + i), "NAMED",
                "Namn " + marker("name" + i), marker("mail" + i) + "@example.org", "sv", "", Instant.now().minusSeconds(60)),
                "10.77." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256));
        return jdbc.sql("select id from routing_case where case_number = :n").param("n", r.caseNumber()).query(Long.class).single();
    }

    private String marker(String what) {
        return marker + what;
    }

    private String dump(Path bin) throws Exception {
        var m = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/([a-z0-9_]+)").matcher(url);
        assumeTrue(m.find(), "not a plain PostgreSQL URL: " + url);
        Path file = Files.createTempFile("thief", ".sql");
        try {
            ProcessBuilder pb = new ProcessBuilder(bin.resolve("pg_dump").toString(), "-h", m.group(1), "-p",
                    m.group(2).isEmpty() ? "5432" : m.group(2), "-U", user, "-Fp", "-f", file.toString(), m.group(3))
                    .redirectErrorStream(true);
            if (!password.isEmpty()) {
                pb.environment().put("PGPASSWORD", password);
            }
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as("pg_dump: %s", out).isZero();
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String arrayText(java.sql.Array a) {
        try {
            return java.util.Arrays.toString((Object[]) a.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static jakarta.mail.Address[] recipients(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T asDialogueStaff(long committee, java.util.function.Supplier<T> work) {
        return StaffFixtures.as("thief-test-staff", List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(committee), StaffRole.MODERATOR.scopedAuthority(committee)), work);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
