package se.medverka.consultation;

import java.util.List;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.stats.SmallCells.Cell;

/**
 * Small-cell suppression of the children's consultations: no figure based on fewer than
 * {@value #THRESHOLD} answers is shown, so that no child can be recognised from the results (the
 * programme warns about statistics on small groups). Counts are suppressed before they leave the
 * service, so no view or export can leak them.
 *
 * <p>The rule is the city's one rule, {@link SmallCells}; every figure is made from one of its
 * cells ({@link Figure#of}). Children are protected one step further, on purpose: a cell of fewer
 * than five children shows nothing at all, not even a zero (a zero among four answers tells what the
 * four chose), and a total of zero is not shown either. The views show only "fewer than 5", so the
 * figure keeps no reason why it is hidden.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A shown number, or "fewer than 5" ({@code value} is then empty). */
    public record Figure(Integer value) {

        public static final Figure FEWER = new Figure(null);

        /** The figure of a cell of the shared rule; hidden for whatever reason is "fewer than 5". */
        public static Figure of(Cell cell) {
            return cell.suppressed() ? FEWER : new Figure(Math.toIntExact(cell.value()));
        }

        public boolean suppressed() {
            return value == null;
        }

        /** The number, or {@code fewerText} when it is suppressed. */
        public String show(String fewerText) {
            return suppressed() ? fewerText : String.valueOf(value);
        }
    }

    /** A total: shown only when it is at least the threshold (zero included, see above). */
    public static Figure total(int n) {
        return n == 0 ? Figure.FEWER : Figure.of(SmallCells.total(n, THRESHOLD));
    }

    /**
     * The counts of the choices of one question in one cell whose total is {@code total}, by the
     * shared rule (a count of 1–4 hidden, and when only one would be, the next smallest as well, so
     * that it cannot be worked out from the total); when the total is below the threshold, every
     * count is hidden, zeros too.
     */
    public static List<Figure> counts(int total, List<Integer> counts) {
        if (total < THRESHOLD) {
            return counts.stream().map(c -> Figure.FEWER).toList();
        }
        return SmallCells.breakdown(total, counts.stream().map(Integer::longValue).toList(), THRESHOLD).stream()
                .map(Figure::of)
                .toList();
    }
}
