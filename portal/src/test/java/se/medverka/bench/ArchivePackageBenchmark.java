package se.medverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.medverka.complaint.ComplaintViews.ArchivedCase;
import se.medverka.complaint.ComplaintViews.RecordDocument;
import se.medverka.records.internal.ArchivePackager;

/**
 * Packaging a year of closed complaint cases for the archive (profile {@code bench}, not in the
 * default run): {@code bench.cases} (10 000) cases of a complaint and an answer each are streamed one at
 * a time into the real packager — PDF/A per document, ERMS metadata, E-ARK SIP by commons-ip2 — and the
 * package is validated by commons-ip2's E-ARK validator. The cases are generated, not read from
 * PostgreSQL (decryption is measured elsewhere); every {@code bench.pdfa-every}-th document (100) is also
 * checked with veraPDF. Heap: run with {@code -DargLine=-Xmx512m}; the peak heap is printed.
 * Run: {@code ./mvnw -B -pl portal -Pbench test -Dtest=ArchivePackageBenchmark -DargLine=-Xmx512m}
 * Figures: portal/target/bench-archive.txt.
 */
class ArchivePackageBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final int PDFA_EVERY = Integer.getInteger("bench.pdfa-every", 100);

    @Test
    void packagesTenThousandClosedCasesWithBoundedMemory() throws Exception {
        BenchReport report = new BenchReport();
        Path target = Files.createTempDirectory("archive-bench");
        long maxHeap = Runtime.getRuntime().maxMemory();
        report.line("cases: %,d (2 documents each), max heap: %,d MiB, veraPDF on every %d. document", CASES,
                maxHeap / (1024 * 1024), PDFA_EVERY);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Instant closed = LocalDate.of(2023, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String filler = "Jag kom till biblioteket och blev bemött på ett sätt som jag upplevde som kränkande. ".repeat(8);
        long started = System.nanoTime();
        ArchivePackager.Result result = new ArchivePackager(target, new ArchivePackager.Parties("Stadsarkivet", "VAT:SE2120001234", ""), PDFA_EVERY)
                .build(UUID.randomUUID().toString(), "Kulturnämnden", 2023, Instant.now(), each -> {
                    for (int i = 0; i < CASES; i++) {
                        String number = "MV-2023-%06d".formatted(i + 1);
                        each.accept(new ArchivedCase(i + 1, number, closed.minus(Duration.ofDays(20)), closed, "TREATMENT",
                                "library_culture", "farsta", "sv", "ANONYMOUS", List.of(
                                new RecordDocument("complaint", "Klagomål " + number, closed.minus(Duration.ofDays(20)),
                                        "Vad hände: " + filler + i),
                                new RecordDocument("answer-1", "Svar 1 på klagomål " + number, closed,
                                        "Tack för att du hörde av dig. Vi har pratat med personalen. " + i))));
                    }
                });
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
        report.line("packaged and validated in %,d s (%.1f ms per case), package %,d MiB, old-generation peak %,d MiB"
                        + " (sum of the pools' peaks %,d MiB)", took.toSeconds(), took.toMillis() / (double) CASES,
                result.size() / (1024 * 1024), oldPeak / (1024 * 1024), peak / (1024 * 1024));
        report.write(Path.of("target/bench-archive.txt"));
        Files.deleteIfExists(result.zip());
    }
}
