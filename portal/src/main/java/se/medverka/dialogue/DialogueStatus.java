package se.medverka.dialogue;

/** A dialogue's life: draft → published → closed → feedback given. */
public enum DialogueStatus {
    DRAFT("dialogue.status.draft.label"),
    PUBLISHED("dialogue.status.published.label"),
    CLOSED("dialogue.status.closed.label"),
    FEEDBACK_GIVEN("dialogue.status.feedback_given.label");

    private final String labelKey;

    DialogueStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The status's name for people; written out so that the unused-key test can find it. */
    public String labelKey() {
        return labelKey;
    }
}
