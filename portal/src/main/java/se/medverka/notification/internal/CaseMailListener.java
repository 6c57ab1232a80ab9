package se.medverka.notification.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseDeadline;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;
import se.medverka.routing.CaseEvents.CaseOverdue;
import se.medverka.routing.CaseStatus;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;

/**
 * Tells a committee's registry mailbox that a case has arrived, or that one of its deadlines has
 * passed. Runs in the routing transaction, so the mail is queued if and only if the assignment (or
 * the reminder) is stored. The mail carries the case number and a link to the staff area, never
 * the resident's text: registry mail is not the place for sensitive data.
 */
@Component
class CaseMailListener {

    private final TranslatedMail mail;
    private final Cases cases;
    private final RoutingRegister register;

    CaseMailListener(TranslatedMail mail, Cases cases, RoutingRegister register) {
        this.mail = mail;
        this.cases = cases;
        this.register = register;
    }

    @EventListener
    void on(CaseAssigned event) {
        notifyCommittee(event.caseId(), event.committeeId(), "mail.case.assigned", null);
    }

    @EventListener
    void on(CaseForwarded event) {
        notifyCommittee(event.caseId(), event.toCommitteeId(), "mail.case.forwarded", null);
    }

    @EventListener
    void on(CaseOverdue event) {
        notifyCommittee(event.caseId(), event.committeeId(),
                event.deadline().overdueMailKey(), event.deadline());
    }

    /** {@code passed}: the deadline a reminder is about, its date given to the text as {3}; null for other mails. */
    private void notifyCommittee(long caseId, long committeeId, String key, CaseDeadline passed) {
        CommitteeSummary committee = register.committee(committeeId).orElseThrow();
        CaseStatus status = cases.status(caseId).orElseThrow();
        String link = mail.baseUrl() + "/personal/arenden/" + caseId;
        String due = passed == null ? null : Formats.date(passed.of(status), Language.SV.locale());
        mail.queue(committee.registryMailbox(), Language.SV, key, status.caseNumber(), committee.name(), link, due);
    }
}
