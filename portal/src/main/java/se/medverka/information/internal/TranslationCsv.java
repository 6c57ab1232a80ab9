package se.medverka.information.internal;

import com.ibm.icu.text.MessageFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.medverka.information.InformationException;
import se.medverka.information.InformationException.Problem;
import se.medverka.information.TranslationStatus;
import se.medverka.shared.csv.CsvFile;

/** The translators' CSV file as {@code TranslationFiles} reads it: the file as a whole, and single cells. */
public final class TranslationCsv {

    private static final int MAX_UI_TEXT = 5000;

    private TranslationCsv() {
    }

    /** The rows of a file (header first): UTF-8, well-formed, with the given header and at least one row. */
    public static List<CsvFile.Row> parse(byte[] content, List<String> columns) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InformationException("information.translations.import.error.encoding");
        }
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read(text);
        } catch (CsvFile.MalformedException e) {
            throw new InformationException("information.translations.import.error.malformed", e.line());
        }
        if (rows.isEmpty() || !rows.getFirst().fields().stream().map(String::strip).toList().equals(columns)) {
            throw new InformationException("information.translations.import.error.header", String.join(",", columns));
        }
        if (rows.size() == 1) {
            throw new InformationException("information.translations.import.error.empty");
        }
        return rows;
    }

    /** The row's status: an unknown word is an error; a text marked "missing" or unmarked is a draft. */
    public static Optional<TranslationStatus> status(String cell, String text) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && Arrays.stream(TranslationStatus.values()).noneMatch(t -> t.key().equals(s))) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of(TranslationStatus.MISSING);
        }
        return Optional.of(TranslationStatus.REVIEWED.key().equals(s) ? TranslationStatus.REVIEWED : TranslationStatus.DRAFT);
    }

    public static void checkUiText(int line, String key, String swedish, String text, List<Problem> problems) {
        if (text.length() > MAX_UI_TEXT) {
            problems.add(new Problem(line, "information.translations.import.error.long", List.of(line, key, MAX_UI_TEXT)));
            return;
        }
        // A text with parameters must stay a valid ICU pattern, or the page showing it would fail.
        if (swedish.contains("{")) {
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(line, "information.translations.import.error.pattern", List.of(line, key)));
            }
        }
    }
}
