package se.medverka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What a benchmark prints and writes: timed calls as median and p95, plus free lines. */
final class BenchReport {

    private final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        lines.add(text);
        System.out.println("[bench] " + text);
    }

    /** Times {@code call} {@code repetitions} times after {@code warmups} untimed calls. */
    void time(String what, int warmups, int repetitions, Supplier<?> call) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        line("%-80s median %7.2f ms   p95 %7.2f ms   (n=%d)", what, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], repetitions);
    }

    void write(Path file) throws IOException {
        Files.write(file, lines);
    }
}
