package se.medverka.followup;

import java.util.List;
import se.medverka.shared.stats.SmallCells.Cell;

/**
 * The figures of one committee (or the whole city) for a period, already suppressed: whatever shows
 * or exports them cannot reveal a small cell.
 *
 * @param committeeId the committee, or {@code null} for the whole city
 * @param threshold   the small-cell threshold the figures were suppressed with
 */
public record Figures(Long committeeId, Period period, int threshold, List<Table> tables) {

    /** One table (and chart): its name {@code followup.dashboard.<key>.title} and rows. */
    public record Table(String key, List<Row> rows, Row total) {
    }

    /**
     * One row. {@code label} is a translation key when {@code translate}, else a name (a district).
     * {@code decimal} carries a median or a share (percent) when the row is one; {@code cell} then
     * only says whether it may be shown.
     */
    public record Row(String code, String label, boolean translate, Cell cell, Double decimal) {

        public static Row count(String code, String label, boolean translate, Cell cell) {
            return new Row(code, label, translate, cell, null);
        }
    }
}
