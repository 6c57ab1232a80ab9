package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintEvents.ComplaintAnswered;
import se.medverka.complaint.ComplaintEvents.ComplaintReceived;
import se.medverka.complaint.ComplaintViews.Mail;
import se.medverka.complaint.Complaints;
import se.medverka.shared.i18n.Language;

/**
 * Mails residents who gave an e-mail: a receipt when their complaint is stored and the committee's
 * answer. Synchronous, so the outbox row is written in the complaint's own transaction. In the
 * resident's language; never with the resident's own text.
 */
@Component
class ComplaintMailListener {

    private final TranslatedMail mail;
    private final Complaints complaints;

    ComplaintMailListener(TranslatedMail mail, Complaints complaints) {
        this.mail = mail;
        this.complaints = complaints;
    }

    @EventListener
    void on(ComplaintReceived event) {
        complaints.receiptMail(event.complaintId()).ifPresent(m -> queue(m, "mail.complaint.received"));
    }

    @EventListener
    void on(ComplaintAnswered event) {
        complaints.answerMail(event.complaintId(), event.answerId()).ifPresent(m -> queue(m, "mail.complaint.answered"));
    }

    private void queue(Mail m, String key) {
        Language language = Language.fromCode(m.language()).orElse(Language.DEFAULT);
        String statusLink = mail.baseUrl() + "/klagomal/status?lang=" + language.code();
        mail.queue(m.recipient(), language, key, m.caseNumber(), statusLink, m.answer() == null ? "" : m.answer());
    }
}
