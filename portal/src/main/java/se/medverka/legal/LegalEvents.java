package se.medverka.legal;

/** Events of the legal module; they carry ids only. */
public final class LegalEvents {

    private LegalEvents() {
    }

    /** Staff answered a reported accessibility problem. */
    public record ReportAnswered(long reportId) {
    }
}
