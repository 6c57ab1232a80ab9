package se.medverka.routing;

import java.time.Instant;
import java.time.LocalDate;

/** What a resident may see of their own case on a status page. */
public record CaseStatus(String caseNumber, CaseState state, String committeeName, Instant receivedAt,
                         LocalDate acknowledgeDue, LocalDate answerDue, Instant acknowledgedAt, Instant answeredAt, Instant closedAt) {
}
