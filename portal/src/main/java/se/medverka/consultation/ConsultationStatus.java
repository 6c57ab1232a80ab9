package se.medverka.consultation;

/** A draft is being written; open consultations take answers; closed ones keep their feedback. */
public enum ConsultationStatus {
    DRAFT, OPEN, CLOSED;

    public String labelKey() {
        return "consultation.common.status." + name().toLowerCase(java.util.Locale.ROOT) + ".label";
    }
}
