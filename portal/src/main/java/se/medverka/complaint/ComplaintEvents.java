package se.medverka.complaint;

/** Events the complaint module publishes; ids only — listeners ask {@link Complaints} for more. */
public final class ComplaintEvents {

    private ComplaintEvents() {
    }

    /** A complaint was stored and got its case number. */
    public record ComplaintReceived(long complaintId) {
    }

    /** The committee answered a complaint. */
    public record ComplaintAnswered(long complaintId, long answerId) {
    }

    /** A complaint's content was erased (retention): whatever copies it, such as a queued mail, goes too. */
    public record ComplaintErased(long complaintId) {
    }

    /** All complaint content was re-encrypted with the newest key; whatever else is sealed with it follows. */
    public record ComplaintKeyRotated() {
    }
}
