package se.medverka.shared.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant that stands for a code stored in the database and names its translation key
 * written out, so that the unused-key test finds every key that code shows.
 */
public interface Coded {

    /** The code as it is stored: the constant's name in lower case, e.g. {@code child_rights}. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The key of the code's name, written out in the enum. */
    String labelKey();

    /** The constant with the code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equals(code)).findFirst();
    }

    /** Every code of the enum, in the enum's order. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /** The key of the code's name; an unknown code is returned as it is, which shows it untranslated. */
    static <E extends Enum<E> & Coded> String labelKey(Class<E> type, String code) {
        return of(type, code).map(Coded::labelKey).orElse(code);
    }
}
