package se.medverka.complaint.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The complaint PIN: 12 characters of Crockford's base 32 (digits and letters without I, L, O, U),
 * 60 random bits, shown in three groups of four so that they can be read aloud and typed from paper.
 */
public final class ComplaintPins {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PIN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int PIN_LENGTH = 12;

    private ComplaintPins() {
    }

    /** A new PIN as shown to the resident: {@code 7KQ2-M9XR-H4DA}. */
    public static String generate() {
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < PIN_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                pin.append('-');
            }
            pin.append(PIN_ALPHABET.charAt(RANDOM.nextInt(PIN_ALPHABET.length())));
        }
        return pin.toString();
    }

    /**
     * A PIN as typed, in the one form that is hashed: without spaces and hyphens, upper case, and with
     * the letters people take for digits read as those digits (O → 0, I and L → 1), as Crockford's
     * alphabet intends.
     */
    public static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.strip().toUpperCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case ' ', '-', '\u00A0', '\u2010', '\u2011', '\u2012', '\u2013', '\t' -> { }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
