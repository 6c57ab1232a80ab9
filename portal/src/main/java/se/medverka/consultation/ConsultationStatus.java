package se.medverka.consultation;

/** A draft is being written; open consultations take answers; closed ones keep their feedback. */
public enum ConsultationStatus {
    DRAFT("consultation.common.status.draft.label"),
    OPEN("consultation.common.status.open.label"),
    CLOSED("consultation.common.status.closed.label");

    private final String labelKey;

    ConsultationStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
