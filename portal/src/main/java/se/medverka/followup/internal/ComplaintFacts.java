package se.medverka.followup.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;

/**
 * Counts each complaint in {@link ComplaintCounts}, in routing's transaction (so a count is never
 * lost nor doubled). It listens to routing rather than to ComplaintReceived because the committee
 * is only known once routing has assigned the case; a forward moves the count to the new committee.
 * The complaint module hands over its figures only, never an id or a text.
 */
@Component
class ComplaintFacts {

    private final Complaints complaints;
    private final ComplaintCounts counts;

    ComplaintFacts(Complaints complaints, ComplaintCounts counts) {
        this.complaints = complaints;
        this.counts = counts;
    }

    @EventListener
    void on(CaseAssigned event) {
        complaints.figures(event.caseId()).ifPresent(f -> counts.add(event.committeeId(), f, +1));
    }

    @EventListener
    void on(CaseForwarded event) {
        complaints.figures(event.caseId()).ifPresent(f -> counts.move(event.fromCommitteeId(), event.toCommitteeId(), f));
    }
}
