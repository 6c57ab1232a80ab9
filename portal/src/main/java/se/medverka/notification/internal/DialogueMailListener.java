package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueEvents.DialogueFeedbackPublished;
import se.medverka.dialogue.DialogueEvents.ParticipantEmailGiven;
import se.medverka.dialogue.DialogueParticipants;
import se.medverka.dialogue.DialogueParticipants.MailTo;

/**
 * Mails residents who left an e-mail in a dialogue: the confirmation link, and later the
 * committee's feedback, each in the language they used. Runs in the dialogue's transaction, so a
 * mail is queued if and only if its cause is stored.
 */
@Component
class DialogueMailListener {

    private final TranslatedMail mail;
    private final DialogueParticipants dialogues;
    private final se.medverka.dialogue.DialogueInvitations invitations;

    DialogueMailListener(TranslatedMail mail, DialogueParticipants dialogues,
                         se.medverka.dialogue.DialogueInvitations invitations) {
        this.mail = mail;
        this.dialogues = dialogues;
        this.invitations = invitations;
    }

    /** A samråd's invitation, with the invitee's own link, in their language. */
    @EventListener
    void on(se.medverka.dialogue.DialogueEvents.InviteeAdded event) {
        se.medverka.shared.security.SystemCall.as("notification",
                () -> invitations.invitationMail(event.invitationId(), event.token(), mail.baseUrl())).ifPresent(m ->
                mail.queuePersonal(m.email(), "dialogue_invitation:" + event.invitationId(), m.language(),
                        "mail.dialogue.invited", m.dialogueTitle(), m.link()));
    }

    @EventListener
    void on(ParticipantEmailGiven event) {
        dialogues.confirmationMail(event.participantId(), mail.baseUrl()).ifPresent(m -> send(m, "mail.dialogue.confirm"));
    }

    @EventListener
    void on(DialogueFeedbackPublished event) {
        dialogues.feedbackMails(event.dialogueId(), mail.baseUrl()).forEach(m -> send(m, "mail.dialogue.feedback"));
        // A samråd's invitees get the feedback too (their addresses are sealed: read as the system).
        se.medverka.shared.security.SystemCall.as("notification", () -> invitations.feedbackMails(event.dialogueId(), mail.baseUrl()))
                .forEach(m -> mail.queuePersonal(m.email(), null, m.language(), "mail.dialogue.feedback", m.dialogueTitle(), m.link()));
    }

    private void send(MailTo m, String key) {
        mail.queuePersonal(m.email(), null, m.language(), key, m.dialogueTitle(), m.link());
    }
}
