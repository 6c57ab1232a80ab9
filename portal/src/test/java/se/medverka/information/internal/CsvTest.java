package se.medverka.information.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksSurviveARoundTrip() throws Exception {
        List<String> fields = List.of("yi", "ui", "a.b", "Hej, \"du\"", "rad 1\nrad 2", "");
        String text = "\uFEFF" + Csv.line(List.of("h1", "h2")) + Csv.line(fields);
        List<Csv.Row> rows = Csv.parse(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).isEqualTo(fields);
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"open,c\n")).isInstanceOf(Csv.MalformedException.class);
    }
}
