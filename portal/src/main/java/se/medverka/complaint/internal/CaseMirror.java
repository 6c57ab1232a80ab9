package se.medverka.complaint.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;
import se.medverka.routing.CaseEvents.CaseStateChanged;
import se.medverka.routing.CaseState;

/**
 * Keeps the two facts retention and statistics need — which committee, and since when closed —
 * on the complaint itself, in routing's transaction, whichever screen changed the case.
 * (Routing's events concern every kind of case; only complaints' rows match.)
 */
@Component
class CaseMirror {

    private final ComplaintStore store;
    private final Clock clock;

    CaseMirror(ComplaintStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(CaseAssigned event) {
        store.setCommittee(event.caseId(), event.committeeId());
    }

    @EventListener
    void on(CaseForwarded event) {
        store.setCommittee(event.caseId(), event.toCommitteeId());
    }

    @EventListener
    void on(CaseStateChanged event) {
        if (event.to() == CaseState.CLOSED) {
            store.setClosedAt(event.caseId(), clock.instant());
        } else if (event.from() == CaseState.CLOSED) {
            store.setClosedAt(event.caseId(), null);
        }
    }
}
