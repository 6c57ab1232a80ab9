package se.medverka.routing;

import java.time.Instant;
import java.util.List;

/** A case with its whole audit trail, for the case view. */
public record CaseDetails(CaseSummary summary, String reference, String languageCode,
                          Instant acknowledgedAt, Instant answeredAt, Instant closedAt, List<Event> trail) {

    /** One change of the case: who, when, from → to, why. */
    public record Event(Instant at, String actor, String action, String from, String to, String reason) {
    }
}
