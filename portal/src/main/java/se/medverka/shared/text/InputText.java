package se.medverka.shared.text;

/** Small rules for what people type, written once. */
public final class InputText {

    private InputText() {
    }

    /** An empty or blank field means "not given". */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** What was typed, without surrounding white space; {@code null} when nothing was. */
    public static String strippedOrNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
