package se.medverka.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintEvents.ComplaintAnswered;
import se.medverka.complaint.ComplaintEvents.ComplaintReceived;
import se.medverka.complaint.ComplaintViews.Mail;
import se.medverka.complaint.Complaints;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;

/**
 * Mails residents who gave an e-mail: a receipt when their complaint is stored and the committee's
 * answer. Synchronous, so the outbox row is written in the complaint's own transaction. In the
 * resident's language; never with the resident's own text.
 */
@Component
class ComplaintMailListener {

    private final MailOutbox outbox;
    private final Complaints complaints;
    private final PortalI18NProvider i18n;
    private final String baseUrl;

    ComplaintMailListener(MailOutbox outbox, Complaints complaints, PortalI18NProvider i18n,
                          @Value("${medverka.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.complaints = complaints;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(ComplaintReceived event) {
        complaints.receiptMail(event.complaintId()).ifPresent(mail -> queue(mail, "mail.complaint.received"));
    }

    @EventListener
    void on(ComplaintAnswered event) {
        complaints.answerMail(event.complaintId(), event.answerId()).ifPresent(mail -> queue(mail, "mail.complaint.answered"));
    }

    private void queue(Mail mail, String key) {
        Language language = Language.fromCode(mail.language()).orElse(Language.DEFAULT);
        String statusLink = baseUrl + "/klagomal/status?lang=" + language.code();
        outbox.queue(mail.recipient(),
                i18n.translate(key + ".subject", language, mail.caseNumber()),
                i18n.translate(key + ".body", language, mail.caseNumber(), statusLink,
                        mail.answer() == null ? "" : mail.answer()));
    }
}
