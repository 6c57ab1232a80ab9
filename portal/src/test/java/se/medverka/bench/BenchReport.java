package se.medverka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What a benchmark prints and writes: timed calls as median and p95, latencies as percentiles, plus free lines. */
final class BenchReport {

    private final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        lines.add(text);
        System.out.println("[bench] " + text);
    }

    /** Times {@code call} {@code repetitions} times after {@code warmups} untimed calls. */
    void time(String what, int warmups, int repetitions, Supplier<?> call) {
        double[] ms = measure(warmups, repetitions, call, System::nanoTime);
        line("%-80s median %7.2f ms   p95 %7.2f ms   (n=%d)", what, ms[ms.length / 2], rank(ms, 0.95), repetitions);
    }

    /**
     * The CPU time of the calling thread for {@code call} (median of {@code repetitions} after
     * {@code warmups}): what the work costs whatever else the machine runs, unlike wall time, which
     * on a shared machine also counts waiting for a core. Other threads (GC, JIT) are not counted.
     */
    void cpuTime(String what, int warmups, int repetitions, Supplier<?> call) {
        double[] ms = measure(warmups, repetitions, call,
                java.lang.management.ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
        line("%-80s CPU median %7.2f ms   p95 %7.2f ms   (n=%d)", what, ms[ms.length / 2], rank(ms, 0.95), repetitions);
    }

    /** Milliseconds per call by {@code nanos}, sorted. */
    private static double[] measure(int warmups, int repetitions, Supplier<?> call, java.util.function.LongSupplier nanos) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t = nanos.getAsLong();
            call.get();
            ms[i] = (nanos.getAsLong() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Percentiles (nearest rank) of latencies measured elsewhere, in milliseconds. */
    void percentiles(String what, Collection<Double> latencies) {
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (ms.length == 0) {
            line("%-45s no measurements", what);
            return;
        }
        line("%-45s p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (n=%d)", what, rank(ms, 0.50),
                rank(ms, 0.95), rank(ms, 0.99), ms[ms.length - 1], ms.length);
    }

    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    void write(Path file) throws IOException {
        Files.write(file, lines);
    }
}
