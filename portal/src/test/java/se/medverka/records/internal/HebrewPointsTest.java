package se.medverka.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HebrewPointsTest {

    private static final String YIDDISH = "דער באַשלוס פֿון דעם קאָמיטעט: איר קענט אַפּעלירן אין דרײַ וואָכן. פּינקט, ייִדיש.";

    @Test
    void lettersWithPointsBecomeOneGlyphAndNothingElseChanges() {
        String shown = HebrewPoints.precompose(YIDDISH, cp -> true);
        assertThat(shown).contains("\uFB2E", "\uFB2F", "\uFB4E", "\uFB44", "\uFB1F", "\uFB1D") // אַ אָ פֿ פּ ײַ יִ
                .doesNotContain("\u05B7", "\u05B8", "\u05BF", "\u05BC", "\u05B4");
        assertThat(Normalizer.normalize(shown, Normalizer.Form.NFD)).isEqualTo(Normalizer.normalize(YIDDISH, Normalizer.Form.NFD));
        // Swedish is untouched, and without a glyph for the form the letter and point stay apart.
        assertThat(HebrewPoints.precompose("Nämnden på Söder", cp -> true)).isEqualTo("Nämnden på Söder");
        assertThat(HebrewPoints.precompose("אַ", cp -> false)).isEqualTo("אַ");
    }

    @Test
    void aYiddishPdfIsStillValidAndReadsBackEquivalently() throws Exception {
        byte[] pdf;
        try (PdfA doc = new PdfA("Beslut", true)) {
            pdf = doc.paragraph(YIDDISH).bytes();
        }
        assertThat(PdfAValidation.problems(pdf)).isNull();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            // PDFTextStripper reads presentation forms back as letter and point: the text is the same.
            assertThat(text).doesNotContain("?");
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFD))
                    .contains(Normalizer.normalize("באַשלוס פֿון דעם קאָמיטעט", Normalizer.Form.NFD));
        }
    }
}
