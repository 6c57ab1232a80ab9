package se.medverka.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;
import se.medverka.routing.CaseStatus;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;

/**
 * Tells a committee's registry mailbox that a case has arrived. Runs in the routing transaction,
 * so the mail is queued if and only if the assignment is stored. The mail carries the case number
 * and a link to the staff area, never the resident's text: registry mail is not the place for
 * sensitive data.
 */
@Component
class CaseMailListener {

    private final MailOutbox outbox;
    private final Cases cases;
    private final RoutingRegister register;
    private final PortalI18NProvider i18n;
    private final String baseUrl;

    CaseMailListener(MailOutbox outbox, Cases cases, RoutingRegister register, PortalI18NProvider i18n,
                     @Value("${medverka.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.cases = cases;
        this.register = register;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(CaseAssigned event) {
        notifyCommittee(event.caseId(), event.committeeId(), "mail.case.assigned");
    }

    @EventListener
    void on(CaseForwarded event) {
        notifyCommittee(event.caseId(), event.toCommitteeId(), "mail.case.forwarded");
    }

    private void notifyCommittee(long caseId, long committeeId, String key) {
        CommitteeSummary committee = register.committee(committeeId).orElseThrow();
        CaseStatus status = cases.status(caseId).orElseThrow();
        String link = baseUrl + "/personal/arenden/" + caseId;
        outbox.queue(committee.registryMailbox(),
                i18n.translate(key + ".subject", Language.SV, status.caseNumber()),
                i18n.translate(key + ".body", Language.SV, status.caseNumber(), committee.name(), link));
    }
}
