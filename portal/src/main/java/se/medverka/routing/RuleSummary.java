package se.medverka.routing;

import java.time.Instant;

/**
 * A routing rule as the register shows it; {@code null} service type or district means "any".
 */
public record RuleSummary(long id, String serviceTypeCode, String districtName, long committeeId,
                          String committeeName, boolean active, Instant createdAt, String createdBy) {
}
