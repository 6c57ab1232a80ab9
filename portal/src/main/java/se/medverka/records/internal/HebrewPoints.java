package se.medverka.records.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Yiddish letters with their points (פֿ, אַ, אָ, וּ, יִ, ײַ …) as one precomposed glyph. PDFBox does no
 * glyph positioning (no OpenType GPOS), so a combining point drawn after its letter lands beside it;
 * Unicode's Alphabetic Presentation Forms (U+FB1D–U+FB4E), which DejaVu Sans has, are the letter and
 * its point in one glyph. Only a Hebrew letter followed by points is touched (Swedish å stays one
 * character); the result is canonically equivalent (NFD gives the original back), and a letter and
 * point without a precomposed form in the font stay as they were.
 */
final class HebrewPoints {

    /** NFD sequence (letter and points in canonical order) to its presentation form. */
    private static final Map<String, String> FORMS = forms();

    private HebrewPoints() {
    }

    static String precompose(String text, IntPredicate hasGlyph) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            while (isLetter(c) && end < text.length() && isPoint(text.charAt(end))) {
                end++;
            }
            if (end - i < 2) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            String cluster = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFD);
            int j = 0;
            // The letter with as many of its points as a presentation form holds, then the points left over.
            String form = null;
            for (int length = cluster.length(); length >= 2 && form == null; length--) {
                String candidate = FORMS.get(cluster.substring(0, length));
                if (candidate != null && hasGlyph.test(candidate.codePointAt(0))) {
                    form = candidate;
                    j = length;
                }
            }
            out.append(form == null ? cluster.substring(0, 1) : form).append(cluster, form == null ? 1 : j, cluster.length());
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isLetter(char c) {
        return c >= '\u05D0' && c <= '\u05F2';
    }

    private static boolean isPoint(char c) {
        return c >= '\u05B0' && c <= '\u05C7' && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new HashMap<>();
        for (char c = '\uFB1D'; c <= '\uFB4E'; c++) {
            String form = String.valueOf(c);
            String decomposed = Normalizer.normalize(form, Normalizer.Form.NFD);
            if (decomposed.length() >= 2 && isLetter(decomposed.charAt(0))) {
                forms.put(decomposed, form);
            }
        }
        return forms;
    }
}
