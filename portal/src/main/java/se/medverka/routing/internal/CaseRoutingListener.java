package se.medverka.routing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.medverka.routing.CaseEvents.CaseReceived;
import se.medverka.routing.Cases;

/**
 * Routes each received case after its submission has committed. The event is kept in the event
 * publication registry until this completes, so a crash in between means a retry, not a lost case.
 */
@Component
class CaseRoutingListener {

    private final Cases cases;

    CaseRoutingListener(Cases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CaseReceived event) {
        cases.route(event.caseId());
    }
}
