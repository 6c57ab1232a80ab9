package se.medverka.information;

import java.util.Locale;

/** How far a text in one language has come: none yet, a draft, or checked by a language consultant. */
public enum TranslationStatus {
    MISSING, DRAFT, REVIEWED;

    /** The status's part of translation keys and its word in export files, e.g. {@code draft}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
