package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintEvents.ComplaintAnswered;
import se.medverka.complaint.ComplaintEvents.ComplaintErased;
import se.medverka.complaint.ComplaintEvents.ComplaintReceived;
import se.medverka.complaint.ComplaintViews.Mail;
import se.medverka.complaint.Complaints;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.SystemCall;

/**
 * Mails residents who gave an e-mail: a receipt when their complaint is stored and the committee's
 * answer. Synchronous, so the outbox row is written in the complaint's own transaction. In the
 * resident's language; never with the resident's own text.
 */
@Component
class ComplaintMailListener {

    private final TranslatedMail mail;
    private final Complaints complaints;
    private final OutboxRepository outbox;

    ComplaintMailListener(TranslatedMail mail, Complaints complaints, OutboxRepository outbox) {
        this.outbox = outbox;
        this.mail = mail;
        this.complaints = complaints;
    }

    @EventListener
    void on(ComplaintReceived event) {
        SystemCall.as("notification", () -> complaints.receiptMail(event.complaintId())).ifPresent(m -> queue(event.complaintId(), m, "mail.complaint.received"));
    }

    @EventListener
    void on(ComplaintAnswered event) {
        SystemCall.as("notification", () -> complaints.answerMail(event.complaintId(), event.answerId())).ifPresent(m -> queue(event.complaintId(), m, "mail.complaint.answered"));
    }

    /** Mails not yet sent for an erased complaint go with it (sent ones are already redacted). */
    @EventListener
    void on(ComplaintErased event) {
        outbox.deleteUnsent(about(event.complaintId()));
    }

    private static String about(long complaintId) {
        return "complaint:" + complaintId;
    }

    private void queue(long complaintId, Mail m, String key) {
        Language language = Language.fromCode(m.language()).orElse(Language.DEFAULT);
        String statusLink = mail.baseUrl() + "/klagomal/status?lang=" + language.code();
        mail.queuePersonal(m.recipient(), about(complaintId), language, key, m.caseNumber(), statusLink, m.answer() == null ? "" : m.answer());
    }
}
