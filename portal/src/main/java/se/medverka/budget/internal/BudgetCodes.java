package se.medverka.budget.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The codes of a budget round. A class code ({@code EKOLN-47}) is read aloud by a teacher: a word
 * and two digits 2–9, as in children's consultations. A one-time voting code
 * ({@code K7QM-4XTP-9HWC}) is handed over on paper at a library: twelve characters from an
 * alphabet without 0/O, 1/I/L, about 60 bits, so it cannot be guessed.
 */
public final class BudgetCodes {

    private static final List<String> WORDS = List.of("EKEN", "LINDEN", "ALMEN", "LONNEN", "BJORK", "ROSEN",
            "TORGET", "PARKEN", "BRYGGA", "BACKEN", "ANGEN", "HAMNEN", "GATAN", "SKOLAN");
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern CLASS = Pattern.compile("^[A-Z]{4,6}-[2-9]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BudgetCodes() {
    }

    public static String classCode() {
        return WORDS.get(RANDOM.nextInt(WORDS.size())) + "-" + (2 + RANDOM.nextInt(8)) + (2 + RANDOM.nextInt(8));
    }

    /** "eken 42", "EKEN42" and " eken-42 " are all EKEN-42. */
    public static Optional<String> normaliseClassCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (s.length() < 6 || s.length() > 8) {
            return Optional.empty();
        }
        String code = s.substring(0, s.length() - 2) + "-" + s.substring(s.length() - 2);
        return CLASS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    public static String votingCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What a visitor typed, in the stored shape (upper case, dashes every four). */
    public static Optional<String> normaliseVotingCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (s.length() != 12) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8));
    }
}
