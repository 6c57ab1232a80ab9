package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueEvents.DialogueFeedbackPublished;
import se.medverka.dialogue.DialogueEvents.ParticipantEmailGiven;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.MailTo;

/**
 * Mails residents who left an e-mail in a dialogue: the confirmation link, and later the
 * committee's feedback, each in the language they used. Runs in the dialogue's transaction, so a
 * mail is queued if and only if its cause is stored.
 */
@Component
class DialogueMailListener {

    private final TranslatedMail mail;
    private final Dialogues dialogues;

    DialogueMailListener(TranslatedMail mail, Dialogues dialogues) {
        this.mail = mail;
        this.dialogues = dialogues;
    }

    @EventListener
    void on(ParticipantEmailGiven event) {
        dialogues.confirmationMail(event.participantId(), mail.baseUrl()).ifPresent(m -> send(m, "mail.dialogue.confirm"));
    }

    @EventListener
    void on(DialogueFeedbackPublished event) {
        dialogues.feedbackMails(event.dialogueId(), mail.baseUrl()).forEach(m -> send(m, "mail.dialogue.feedback"));
    }

    private void send(MailTo m, String key) {
        mail.queuePersonal(m.email(), null, m.language(), key, m.dialogueTitle(), m.link());
    }
}
