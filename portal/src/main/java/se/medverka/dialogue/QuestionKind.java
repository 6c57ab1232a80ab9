package se.medverka.dialogue;

import java.util.List;

/** The kinds of question a dialogue may ask. */
public enum QuestionKind {
    FREE_TEXT("dialogue.editor.question.kind.free_text.label"),
    SINGLE_CHOICE("dialogue.editor.question.kind.single_choice.label"),
    MULTIPLE_CHOICE("dialogue.editor.question.kind.multiple_choice.label"),
    SCALE("dialogue.editor.question.kind.scale.label");

    /** The names of a scale's steps 1–5, in order. */
    public static final List<String> SCALE_LABEL_KEYS = List.of("dialogue.page.scale.1.label",
            "dialogue.page.scale.2.label", "dialogue.page.scale.3.label", "dialogue.page.scale.4.label",
            "dialogue.page.scale.5.label");

    private final String labelKey;

    QuestionKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The name of scale step {@code step} (1–5). */
    public static String scaleLabelKey(int step) {
        return SCALE_LABEL_KEYS.get(step - 1);
    }
}
