package se.medverka.dialogue;

import java.util.Locale;

/** A proposal's or comment's visibility. */
public enum PostStatus {
    PENDING, PUBLISHED, HIDDEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
