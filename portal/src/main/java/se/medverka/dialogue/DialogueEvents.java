package se.medverka.dialogue;

/** What the dialogue module announces; ids only, listeners ask {@link Dialogues} for the rest. */
public final class DialogueEvents {

    private DialogueEvents() {
    }

    /** The committee published its feedback: participants who confirmed an e-mail are told. */
    public record DialogueFeedbackPublished(long dialogueId) {
    }

    /** A resident left an e-mail address: it gets a confirmation link. */
    public record ParticipantEmailGiven(long participantId) {
    }

    /** Staff invited someone to an invite-only dialogue (samråd); {@code token} is their link. */
    public record InviteeAdded(long invitationId, String token) {
    }
}
