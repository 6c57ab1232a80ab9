package se.medverka.dialogue;

/** PRE: nothing is public until a moderator approves it. POST: public at once, hidden after N reports. */
public enum ModerationMode {
    PRE("dialogue.editor.moderation.pre.label"),
    POST("dialogue.editor.moderation.post.label");

    private final String labelKey;

    ModerationMode(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
