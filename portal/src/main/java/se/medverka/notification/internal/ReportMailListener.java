package se.medverka.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.legal.AccessibilityReports;
import se.medverka.legal.LegalEvents.ReportAnswered;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.SystemCall;

/**
 * Mails the answer to a reported accessibility problem to the address the resident gave, in their
 * language, in the answering transaction (the outbox row is stored if and only if the answer is).
 */
@Component
class ReportMailListener {

    private final TranslatedMail mail;
    private final AccessibilityReports reports;

    ReportMailListener(TranslatedMail mail, AccessibilityReports reports) {
        this.mail = mail;
        this.reports = reports;
    }

    @EventListener
    void on(ReportAnswered event) {
        // A personal mail: redacted in the outbox once sent, like the complaint mails.
        SystemCall.as("notification", () -> reports.answerMail(event.reportId())).ifPresent(m -> mail.queuePersonal(
                m.recipient(), "accessibility_report:" + event.reportId(),
                Language.fromCode(m.language()).orElse(Language.DEFAULT), "mail.legal.report.answered",
                m.caseNumber(), m.answer(), mail.baseUrl() + "/tillganglighet"));
    }
}
