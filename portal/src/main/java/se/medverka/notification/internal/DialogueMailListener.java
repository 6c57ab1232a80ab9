package se.medverka.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueEvents.DialogueFeedbackPublished;
import se.medverka.dialogue.DialogueEvents.ParticipantEmailGiven;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.MailTo;
import se.medverka.shared.i18n.PortalI18NProvider;

/**
 * Mails residents who left an e-mail in a dialogue: the confirmation link, and later the
 * committee's feedback, each in the language they used. Runs in the dialogue's transaction, so a
 * mail is queued if and only if its cause is stored.
 */
@Component
class DialogueMailListener {

    private final MailOutbox outbox;
    private final Dialogues dialogues;
    private final PortalI18NProvider i18n;
    private final String baseUrl;

    DialogueMailListener(MailOutbox outbox, Dialogues dialogues, PortalI18NProvider i18n,
                         @Value("${medverka.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.dialogues = dialogues;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(ParticipantEmailGiven event) {
        dialogues.confirmationMail(event.participantId(), baseUrl).ifPresent(m -> send(m, "mail.dialogue.confirm"));
    }

    @EventListener
    void on(DialogueFeedbackPublished event) {
        dialogues.feedbackMails(event.dialogueId(), baseUrl).forEach(m -> send(m, "mail.dialogue.feedback"));
    }

    private void send(MailTo mail, String key) {
        outbox.queue(mail.email(), i18n.translate(key + ".subject", mail.language(), mail.dialogueTitle()),
                i18n.translate(key + ".body", mail.language(), mail.dialogueTitle(), mail.link()));
    }
}
