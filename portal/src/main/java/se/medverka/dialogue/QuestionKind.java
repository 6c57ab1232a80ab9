package se.medverka.dialogue;

import java.util.Locale;

/** The kinds of question a dialogue may ask. */
public enum QuestionKind {
    FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
