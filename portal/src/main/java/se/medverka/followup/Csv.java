package se.medverka.followup;

import java.util.function.Function;
import se.medverka.followup.Figures.Row;
import se.medverka.followup.Figures.Table;
import se.medverka.shared.csv.CsvFile;

/** CSV of the follow-up figures ({@link CsvFile}: the portal's one dialect), as already suppressed. */
public final class Csv {

    private Csv() {
    }

    /**
     * Every table of {@code figures}: columns table, code, label, value. A hidden figure's value is
     * the translated "fewer than N" or "hidden" text, never its number. {@code translate} is given
     * the threshold as the texts' parameter.
     */
    public static String figures(Figures figures, Function<String, String> translate, String committeeName) {
        return CsvFile.text(sheet -> {
            sheet.row("committee", "from", "to", "table", "code", "label", "value");
            for (Table t : figures.tables()) {
                for (Row r : t.rows()) {
                    line(sheet, figures, committeeName, translate, t, r);
                }
                line(sheet, figures, committeeName, translate, t, t.total());
            }
        });
    }

    private static void line(CsvFile.Sheet sheet, Figures f, String committee, Function<String, String> tr, Table t, Row r) {
        sheet.row(committee, f.period().from(), f.period().last(), t.key(), r.code(),
                r.translate() ? tr.apply(r.label()) : r.label(), value(r, tr, f.threshold()));
    }

    /** The shown value of a row: the number, a median or share with one decimal, or why it is hidden. */
    public static String value(Row r, Function<String, String> tr, int threshold) {
        if (r.cell().suppressed()) {
            return r.cell().hidden() == se.medverka.shared.stats.SmallCells.Hidden.FEW
                    ? tr.apply("followup.dashboard.fewer.text")
                    : tr.apply("followup.dashboard.hidden.text");
        }
        if (decimalRow(r)) {
            return r.decimal() == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", r.decimal());
        }
        return String.valueOf(r.cell().value());
    }

    static boolean decimalRow(Row r) {
        return r.code().endsWith("median") || r.code().endsWith("share");
    }
}
