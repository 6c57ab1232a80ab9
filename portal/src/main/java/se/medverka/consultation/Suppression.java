package se.medverka.consultation;

import java.util.ArrayList;
import java.util.List;
import se.medverka.shared.stats.SmallCells;

/**
 * Small-cell suppression: no figure based on fewer than {@value #THRESHOLD} answers is shown, so
 * that no child can be recognised from the results (the programme warns about statistics on small
 * groups). Counts are suppressed before they leave the service, so no view or export can leak them.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A shown number, or "fewer than 5" ({@code value} is then empty). */
    public record Figure(Integer value) {

        public static final Figure FEWER = new Figure(null);

        public boolean suppressed() {
            return value == null;
        }

        /** The number, or {@code fewerText} when it is suppressed. */
        public String show(String fewerText) {
            return suppressed() ? fewerText : String.valueOf(value);
        }
    }

    /** A total: shown only when it is at least the threshold. */
    public static Figure total(int n) {
        return n < THRESHOLD ? Figure.FEWER : new Figure(n);
    }

    /**
     * The counts of the choices of one question in one cell whose total is {@code total}. When the
     * total is below the threshold every count is suppressed. Otherwise a count of 1–4 is suppressed,
     * and when only one count would be, the next smallest non-zero count is suppressed as well, so
     * that the hidden one cannot be worked out as the total minus the others. Zero stays zero.
     */
    public static List<Figure> counts(int total, List<Integer> counts) {
        if (total < THRESHOLD) {
            List<Figure> out = new ArrayList<>(counts.size());
            counts.forEach(c -> out.add(Figure.FEWER));
            return out;
        }
        // The rule is shared with the follow-up figures (se.medverka.shared.stats.SmallCells).
        return SmallCells.breakdown(total, counts.stream().map(Integer::longValue).toList(), THRESHOLD).stream()
                .map(c -> c.suppressed() ? Figure.FEWER : new Figure(c.value().intValue()))
                .toList();
    }
}
