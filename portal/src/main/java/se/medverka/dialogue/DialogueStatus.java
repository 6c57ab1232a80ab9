package se.medverka.dialogue;

import java.util.Locale;

/** A dialogue's life: draft → published → closed → feedback given. */
public enum DialogueStatus {
    DRAFT, PUBLISHED, CLOSED, FEEDBACK_GIVEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
