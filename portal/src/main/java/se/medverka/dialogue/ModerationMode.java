package se.medverka.dialogue;

import java.util.Locale;

/** PRE: nothing is public until a moderator approves it. POST: public at once, hidden after N reports. */
public enum ModerationMode {
    PRE, POST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
