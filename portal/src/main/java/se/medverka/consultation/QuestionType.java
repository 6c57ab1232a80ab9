package se.medverka.consultation;

import java.util.List;

/** The kinds of question a child can be asked, and the choices each one allows. */
public enum QuestionType {
    /** Five faces from very sad (1) to very happy (5). */
    SMILEY(List.of("1", "2", "3", "4", "5")),
    /** Pictures uploaded by staff; the choice is the picture's id. */
    PICTURE(List.of()),
    YES_NO(List.of("yes", "no", "dont_know")),
    /** Short free text, read by staff only. */
    FREE_TEXT(List.of());

    private final List<String> choices;

    QuestionType(List<String> choices) {
        this.choices = choices;
    }

    /** The fixed choices; picture questions take their pictures' ids, free text none. */
    public List<String> choices() {
        return choices;
    }

    public String labelKey() {
        return "consultation.common.type." + name().toLowerCase(java.util.Locale.ROOT) + ".label";
    }
}
