package se.medverka.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV dialect of the portal, for every export and the translation import: RFC 4180 (comma,
 * {@code "} quotes, CRLF) in UTF-8 with a byte order mark, so that spreadsheet programs open it
 * right; written and read by Apache Commons CSV.
 * <p>
 * A cell that begins with {@code = + - @}, a tab or a carriage return would be run as a formula by
 * a spreadsheet (CSV injection): it is written with a leading apostrophe, which spreadsheets show
 * as "text" and hide. {@link #read} takes that apostrophe away again, so an exported file imports
 * to exactly what was exported (a cell that itself began with an apostrophe before such a character
 * gets one more, for the same reason).
 */
public final class CsvFile {

    public static final String BOM = "\uFEFF";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvFile() {
    }

    /** Writes rows to {@code out}, beginning with the byte order mark. */
    public static Sheet write(Appendable out) {
        try {
            out.append(BOM);
            return new Sheet(new CSVPrinter(out, FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file as text (for exports small enough to hold in memory). */
    public static String text(Consumer<Sheet> rows) {
        StringBuilder out = new StringBuilder();
        Sheet sheet = write(out);
        rows.accept(sheet);
        sheet.flush();
        return out.toString();
    }

    /** Rows being written. Cells are neutralised (see the class comment); null is an empty cell. */
    public static final class Sheet {
        private final CSVPrinter printer;

        private Sheet(CSVPrinter printer) {
            this.printer = printer;
        }

        public Sheet row(Object... cells) {
            return row(Arrays.asList(cells));
        }

        public Sheet row(List<?> cells) {
            try {
                List<String> safe = new ArrayList<>(cells.size());
                for (Object c : cells) {
                    safe.add(neutralise(c == null ? "" : String.valueOf(c)));
                }
                printer.printRecord(safe);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One record and the line of the file it starts on. */
    public record Row(int line, List<String> fields) {
    }

    /** A file that is not well-formed CSV; {@link #line()} is where the broken record starts. */
    public static class MalformedException extends Exception {
        private final int line;

        MalformedException(int line, Throwable cause) {
            super("malformed CSV at line " + line, cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The records of {@code text} (a leading byte order mark is skipped, blank lines too), cells restored. */
    public static List<Row> read(String text) throws MalformedException {
        List<Row> rows = new ArrayList<>();
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        long nextStart = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedException((int) nextStart, e);
                }
                long start = nextStart;
                nextStart = parser.getCurrentLineNumber() + 1;
                List<String> fields = r.toList().stream().map(CsvFile::restore).toList();
                if (!(fields.size() == 1 && fields.getFirst().isEmpty())) {
                    rows.add(new Row((int) start, fields));
                }
            }
        } catch (IOException e) {
            throw new MalformedException((int) nextStart, e);
        }
        return rows;
    }

    /** The cell as written: with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String neutralise(String cell) {
        return dangerous(cell, 0) || cell.startsWith("'") && dangerous(cell.replaceFirst("^'+", ""), 0) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        return cell.startsWith("'") && neutralise(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }

    private static boolean dangerous(String cell, int at) {
        return cell.length() > at && FORMULA_START.indexOf(cell.charAt(at)) >= 0;
    }
}
