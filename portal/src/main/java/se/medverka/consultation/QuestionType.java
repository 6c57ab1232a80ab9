package se.medverka.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kinds of question a child can be asked, and the choices each one allows. */
public enum QuestionType {
    /** Five faces from very sad (1) to very happy (5). */
    SMILEY("consultation.common.type.smiley.label", choices(
            "1", "consultation.answer.smiley.1.label", "2", "consultation.answer.smiley.2.label",
            "3", "consultation.answer.smiley.3.label", "4", "consultation.answer.smiley.4.label",
            "5", "consultation.answer.smiley.5.label")),
    /** Pictures uploaded by staff; the choice is the picture's id. */
    PICTURE("consultation.common.type.picture.label", Map.of()),
    YES_NO("consultation.common.type.yes_no.label", choices(
            "yes", "consultation.answer.choice.yes.label", "no", "consultation.answer.choice.no.label",
            "dont_know", "consultation.answer.choice.dont_know.label")),
    /** Short free text, read by staff only. */
    FREE_TEXT("consultation.common.type.free_text.label", Map.of());

    private final String labelKey;
    /** The fixed choices in order, each with the key of its name. */
    private final Map<String, String> choiceKeys;

    QuestionType(String labelKey, Map<String, String> choiceKeys) {
        this.labelKey = labelKey;
        this.choiceKeys = choiceKeys;
    }

    /** The fixed choices; picture questions take their pictures' ids, free text none. */
    public List<String> choices() {
        return List.copyOf(choiceKeys.keySet());
    }

    /** The key of a fixed choice's name (a face's or yes / no / don't know). */
    public String choiceLabelKey(String choice) {
        return choiceKeys.get(choice);
    }

    public String labelKey() {
        return labelKey;
    }

    private static Map<String, String> choices(String... choiceAndKey) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < choiceAndKey.length; i += 2) {
            out.put(choiceAndKey[i], choiceAndKey[i + 1]);
        }
        return out;
    }
}
