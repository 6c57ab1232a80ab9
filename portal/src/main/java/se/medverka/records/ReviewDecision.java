package se.medverka.records;

/** What the secrecy review decides about one document. */
public enum ReviewDecision {
    RELEASE("records.review.decision.release.label"),
    RELEASE_REDACTED("records.review.decision.redacted.label"),
    REFUSE("records.review.decision.refuse.label");

    private final String labelKey;

    ReviewDecision(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
