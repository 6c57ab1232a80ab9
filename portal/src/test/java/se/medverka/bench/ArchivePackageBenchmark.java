package se.medverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.internal.ComplaintInput;
import se.medverka.complaint.internal.ComplaintStore;
import se.medverka.records.internal.ArchivePackager;
import se.medverka.records.internal.CaseRecords;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.RegisterAdministration;
import se.medverka.testsupport.StaffFixtures;

/**
 * Packaging a year of closed complaint cases for the archive (profile {@code bench}, not in the
 * default run). {@code bench.cases} (10 000) closed complaints with an answer each are first seeded
 * through the complaint module's store — encrypted as every complaint is — then read back, decrypted,
 * one at a time by the complaint provider of {@code shared.records.PublicRecords} (which calls
 * {@code ComplaintRecords.forArchive} as a handler of the committee) and streamed
 * into the real packager: PDF/A per document, ERMS metadata checked against the ERMS schema, E-ARK SIP
 * by commons-ip2 and its E-ARK validator. Every {@code bench.pdfa-every}-th document (100) is also
 * checked with veraPDF (a delivery checks every one). Heap: run with {@code -DargLine=-Xmx512m}; the
 * peak heap is printed. Its own database, since it leaves the seeded complaints behind.
 * Run: {@code ./mvnw -B -pl portal -Pbench test -Dtest=ArchivePackageBenchmark -DargLine=-Xmx512m -Dmedverka.test.db=archive_bench}
 * Figures: portal/target/bench-archive.txt.
 */
@SpringBootTest
class ArchivePackageBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final int PDFA_EVERY = Integer.getInteger("bench.pdfa-every", 100);
    private static final int YEAR = 2023;

    @Autowired ComplaintStore store;
    @Autowired CaseRecords records;
    @Autowired RegisterAdministration register;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void packagesTenThousandClosedCasesWithBoundedMemory() throws Exception {
        BenchReport report = new BenchReport();
        String code = "archbench" + UUID.randomUUID().toString().substring(0, 8);
        long committee = StaffFixtures.asAdmin(() -> register.addCommittee(code, null, new CommitteeChange("Kulturnämnden " + code,
                CommitteeKind.SPECIALIST, "registrator-kultur@stad.example", true, 2, 14))).id();
        long seeding = System.nanoTime();
        seed(committee, code);
        report.line("seeded %,d closed complaints with an answer each through ComplaintStore (encrypted) in %,d s", CASES,
                Duration.ofNanos(System.nanoTime() - seeding).toSeconds());

        Path target = Files.createTempDirectory("archive-bench");
        long maxHeap = Runtime.getRuntime().maxMemory();
        report.line("cases: %,d (2 documents each), max heap: %,d MiB, veraPDF on every %d. document", CASES,
                maxHeap / (1024 * 1024), PDFA_EVERY);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        ArchivePackager.Result result = StaffFixtures.asHandler("bench-registrator", committee, () ->
                new ArchivePackager(target, new ArchivePackager.Parties("Stadsarkivet", "VAT:SE2120001234", ""), PDFA_EVERY)
                        .build(UUID.randomUUID().toString(), "Kulturnämnden", YEAR, Instant.now(),
                                each -> transactions.executeWithoutResult(t -> records.of("COMPLAINT").orElseThrow().closedCases(committee, YEAR, each))));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // Pools peak at different moments, so their sum overstates the heap ever in use; the old generation's
        // peak is what a leak (a year of cases held in memory) would show.
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long oldPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(result.problem()).isNull();
        assertThat(result.caseIds()).hasSize(CASES);
        report.line("read, decrypted, packaged and validated in %,d s (%.1f ms per case), package %,d MiB, old-generation peak %,d MiB"
                        + " (sum of the pools' peaks %,d MiB)", took.toSeconds(), took.toMillis() / (double) CASES,
                result.size() / (1024 * 1024), oldPeak / (1024 * 1024), peak / (1024 * 1024));
        report.write(Path.of("target/bench-archive.txt"));
        Files.deleteIfExists(result.zip());
    }

    /** Closed complaint cases of the committee in YEAR: routing cases by SQL, the complaints and answers through the store. */
    private void seed(long committee, String code) {
        Instant closed = LocalDate.of(YEAR, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant received = closed.minus(Duration.ofDays(20));
        String filler = "Jag kom till biblioteket och blev bemött på ett sätt som jag upplevde som kränkande. ".repeat(8);
        int batch = 500;
        for (int from = 0; from < CASES; from += batch) {
            int first = from;
            int count = Math.min(batch, CASES - from);
            transactions.executeWithoutResult(t -> {
                List<Object[]> cases = jdbc.sql("""
                        insert into routing_case (case_number, kind, reference, committee_id, state, language, received_at,
                                                  acknowledge_due, answer_due, closed_at)
                        select :prefix || lpad(g::text, 6, '0'), 'COMPLAINT', gen_random_uuid()::text, :c, 'CLOSED', 'sv', :received,
                               :due, :due, :closed
                        from generate_series(:first, :last) g
                        returning id, case_number, reference""")
                        .param("prefix", code + "-").param("c", committee).param("received", Timestamp.from(received))
                        .param("due", java.sql.Date.valueOf(LocalDate.of(YEAR, 6, 1))).param("closed", Timestamp.from(closed))
                        .param("first", first + 1).param("last", first + count)
                        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
                for (Object[] c : cases) {
                    long caseId = (Long) c[0];
                    String number = (String) c[1];
                    long id = store.insert(UUID.fromString((String) c[2]), caseId, number, new ComplaintInput.Clean("TREATMENT",
                            "library_culture", "farsta", "Farsta bibliotek", null, "Vad hände: " + filler + number,
                            List.of(), "Ett bättre bemötande", "ANONYMOUS", null, null, "sv"), null, received);
                    store.setCommittee(caseId, committee);
                    store.addAnswer(store.byId(id).orElseThrow(), "bench-handlaggare", "sv",
                            "Tack för att du hörde av dig. Vi har pratat med personalen. " + number, closed);
                    store.setClosedAt(caseId, closed);
                }
            });
        }
    }
}
