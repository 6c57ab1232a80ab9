package se.medverka.followup;

import java.util.function.Function;
import se.medverka.followup.Figures.Row;
import se.medverka.followup.Figures.Table;

/** CSV of the follow-up figures (RFC 4180, UTF-8 with BOM for spreadsheet programs), as already suppressed. */
public final class Csv {

    private Csv() {
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * Every table of {@code figures}: columns table, code, label, value. A hidden figure's value is
     * the translated "fewer than N" or "hidden" text, never its number. {@code translate} is given
     * the threshold as the texts' parameter.
     */
    public static String figures(Figures figures, Function<String, String> translate, String committeeName) {
        StringBuilder out = new StringBuilder("\uFEFF").append("committee,from,to,table,code,label,value\r\n");
        for (Table t : figures.tables()) {
            for (Row r : t.rows()) {
                line(out, figures, committeeName, translate, t, r);
            }
            line(out, figures, committeeName, translate, t, t.total());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Figures f, String committee, Function<String, String> tr, Table t, Row r) {
        out.append(field(committee)).append(',').append(f.period().from()).append(',').append(f.period().last())
                .append(',').append(t.key()).append(',').append(field(r.code())).append(',')
                .append(field(r.translate() ? tr.apply(r.label()) : r.label())).append(',')
                .append(field(value(r, tr, f.threshold()))).append("\r\n");
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
