package se.medverka.routing;

/** Events routing publishes; they carry ids only — listeners ask {@link Cases} for more. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A submission was stored and numbered; routing will resolve its committee. */
    public record CaseReceived(long caseId) {
    }

    /** The case now lies with a committee (by rule, preset owner, or the triage queue). */
    public record CaseAssigned(long caseId, long committeeId) {
    }

    /** Staff sent the case on to another committee. */
    public record CaseForwarded(long caseId, long fromCommitteeId, long toCommitteeId) {
    }

    /** Staff moved the case to another state. */
    public record CaseStateChanged(long caseId, CaseState from, CaseState to) {
    }

    /**
     * A deadline of an open case has passed; published once per case and deadline, in the
     * transaction that records the reminder, so the committee is told exactly once.
     */
    public record CaseOverdue(long caseId, long committeeId, CaseDeadline deadline) {
    }
}
