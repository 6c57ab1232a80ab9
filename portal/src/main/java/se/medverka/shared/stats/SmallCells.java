package se.medverka.shared.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression shared by every module that shows figures about people: no figure based on
 * fewer than {@code threshold} persons is shown (the programme warns about statistics on small,
 * persecuted groups), and the figures next to a hidden one are chosen so that it cannot be worked
 * out from a total (secondary suppression). Modules suppress before figures leave their service, so
 * that no screen or export can leak them.
 */
public final class SmallCells {

    /** The lowest threshold anyone may configure: below 3 a person is recognisable. */
    public static final int MINIMUM_THRESHOLD = 3;

    private SmallCells() {
    }

    /** Why a figure is not shown. */
    public enum Hidden {
        /** Based on fewer than the threshold. */
        FEW,
        /** Large enough, but hidden so that a small one next to it cannot be subtracted from a total. */
        SECONDARY
    }

    /** A shown number, or a hidden one ({@code value} is then empty and {@code hidden} says why). */
    public record Cell(Long value, Hidden hidden) {

        public static final Cell FEW = new Cell(null, Hidden.FEW);
        public static final Cell SECONDARY = new Cell(null, Hidden.SECONDARY);

        public static Cell of(long value) {
            return new Cell(value, null);
        }

        public boolean suppressed() {
            return value == null;
        }
    }

    /** The threshold to use: the configured one, never below {@link #MINIMUM_THRESHOLD}. */
    public static int threshold(int configured) {
        return Math.max(MINIMUM_THRESHOLD, configured);
    }

    /** A figure standing alone: shown only when it is at least the threshold (zero is shown as zero). */
    public static Cell single(long n, int threshold) {
        return n > 0 && n < threshold ? Cell.FEW : Cell.of(n);
    }

    /** A total: shown only when it is at least the threshold (a total of zero is shown too). */
    public static Cell total(long n, int threshold) {
        return single(n, threshold);
    }

    /**
     * The counts of one breakdown whose total is {@code total}. When the total is below the threshold
     * every count is hidden. Otherwise a count between 1 and threshold − 1 is hidden, and when exactly
     * one count would be, the next smallest non-zero count is hidden too, so that the small one is
     * never the total minus the shown ones. Zero stays zero (an empty cell reveals nobody).
     */
    public static List<Cell> breakdown(long total, List<Long> counts, int threshold) {
        List<Cell> out = new ArrayList<>(counts.size());
        if (total > 0 && total < threshold) {
            counts.forEach(c -> out.add(c == 0 ? Cell.of(0) : Cell.FEW));
            return out;
        }
        Hidden[] hide = new Hidden[counts.size()];
        int hidden = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > 0 && c < threshold) {
                hide[i] = Hidden.FEW;
                hidden++;
            }
        }
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (hide[i] == null && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hide[smallest] = Hidden.SECONDARY;
            }
        }
        for (int i = 0; i < counts.size(); i++) {
            out.add(hide[i] == null ? Cell.of(counts.get(i)) : hide[i] == Hidden.FEW ? Cell.FEW : Cell.SECONDARY);
        }
        return out;
    }
}
