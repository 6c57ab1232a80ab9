package se.medverka.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's one CSV dialect: round trips, malformed files, and cells a spreadsheet would run as formulas. */
class CsvFileTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksSurviveARoundTrip() throws Exception {
        List<String> fields = List.of("yi", "ui", "a.b", "Hej, \"du\"", "rad 1\nrad 2", "");
        String text = CsvFile.text(csv -> csv.row("h1", "h2").row(fields));
        assertThat(text).startsWith("\uFEFFh1,h2\r\n");
        List<CsvFile.Row> rows = CsvFile.read(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).isEqualTo(fields);
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void anUnclosedQuoteIsMalformedAndNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> CsvFile.read("a,b\n\"open,c\n")).isInstanceOf(CsvFile.MalformedException.class)
                .satisfies(e -> assertThat(((CsvFile.MalformedException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> CsvFile.read("a,b\n\"closed\"x,c\n")).isInstanceOf(CsvFile.MalformedException.class);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreWrittenAsTextAndReadBackAsTheyWere() throws Exception {
        List<String> cells = List.of("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=already", "'plain",
                "plain", "- a Markdown list", "");
        String text = CsvFile.text(csv -> csv.row(cells));
        List<String> written = CsvFile.read(text.replace("'", "§")).getFirst().fields();
        // As a spreadsheet sees them: no cell begins with a formula character any more.
        assertThat(written).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(written.get(0)).isEqualTo("§=HYPERLINK(\"http://evil\")");
        assertThat(written.get(7)).isEqualTo("§plain");
        assertThat(CsvFile.read(text).getFirst().fields()).isEqualTo(cells);
    }
}
