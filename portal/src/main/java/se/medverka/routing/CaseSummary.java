package se.medverka.routing;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a staff inbox. */
public record CaseSummary(long id, String caseNumber, CaseKind kind, CaseState state, Long committeeId,
                          String committeeName, String serviceTypeCode, String districtName,
                          Instant receivedAt, LocalDate acknowledgeDue, LocalDate answerDue, boolean overdue) {
}
