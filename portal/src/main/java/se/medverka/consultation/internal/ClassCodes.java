package se.medverka.consultation.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Class codes such as {@code KATT-42}: a short word a teacher can read aloud and two digits from
 * 2–9, so that nothing can be mistaken (no 0/O, no 1/I/l).
 */
public final class ClassCodes {

    private static final List<String> WORDS = List.of("KATT", "HUND", "HARE", "VARG", "ANKA", "TUPP", "MYRA",
            "PUMA", "TJUR", "BERG", "STEN", "REGN", "VIND", "BLAD", "GRAN", "TALL", "MOLN", "SKOG");
    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{4}-[2-9]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClassCodes() {
    }

    public static String next() {
        return WORDS.get(RANDOM.nextInt(WORDS.size())) + "-" + (2 + RANDOM.nextInt(8)) + (2 + RANDOM.nextInt(8));
    }

    /** What a child typed, in the stored shape: "katt 42", "KATT42" and " katt-42 " are all KATT-42. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (s.length() != 6) {
            return Optional.empty();
        }
        String code = s.substring(0, 4) + "-" + s.substring(4);
        return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
