package se.medverka.dialogue;

/** A proposal's or comment's visibility. */
public enum PostStatus {
    PENDING("dialogue.post.status.pending.label"),
    PUBLISHED("dialogue.post.status.published.label"),
    HIDDEN("dialogue.post.status.hidden.label");

    private final String labelKey;

    PostStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
