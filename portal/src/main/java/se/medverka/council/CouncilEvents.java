package se.medverka.council;

/**
 * What the council module tells others, each in the transaction that stored its cause. The
 * one-time links travel in the events (never stored in plain text) for the mail to carry them.
 */
public final class CouncilEvents {

    private CouncilEvents() {
    }

    /** A member was added; {@code token} signs them in once, from the invitation mail. */
    public record MemberInvited(long memberId, String token) {
    }

    /** A person asked for a sign-in link. */
    public record SignInLinkRequested(long personId, String token) {
    }

    /** Staff sent the invitation to a meeting (with its iCalendar file) to the council's members. */
    public record MeetingInvitationSent(long meetingId) {
    }

    /** A referral went out; {@code token} is the recipient's link to ask for time and answer. */
    public record ReferralRecipientAdded(long recipientId, String token) {
    }

    /** Staff granted a recipient a new last day. */
    public record ExtensionGranted(long recipientId) {
    }

    /** A recipient's answer was received and became a case; the receipt carries its number. */
    public record AnswerReceived(long recipientId) {
    }

    /** A recipient's last day passed without an answer. */
    public record AnswerOverdue(long recipientId) {
    }
}
