package se.medverka.information;

import java.util.Locale;

/** How far a text in one language has come: none yet, a draft, or checked by a language consultant. */
public enum TranslationStatus {
    MISSING, DRAFT, REVIEWED;

    /** The status's part of translation keys and its word in export files, e.g. {@code draft}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Key of the status's name, written out so that the unused-key test finds it. */
    public String labelKey() {
        return switch (this) {
            case MISSING -> "information.status.missing.label";
            case DRAFT -> "information.status.draft.label";
            case REVIEWED -> "information.status.reviewed.label";
        };
    }
}
