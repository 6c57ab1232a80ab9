package se.medverka.records.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ErasureClearance;
import se.medverka.records.ErasureDecisions.Decision;
import se.medverka.shared.time.CityTime;

/**
 * Tells complaint's retention job what a recorded decision on erasure allows: the decision for
 * complaints that names the complaint's committee, else the one for every committee (the latest
 * decided of them); its period must have passed since closing and, if it requires delivery to the
 * archive first, a delivery holding the case must have been receipted by the archive.
 */
@Component
class DecisionClearance implements ErasureClearance {

    private final JdbcClient jdbc;
    private final DecisionStore decisions;

    DecisionClearance(JdbcClient jdbc, DecisionStore decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    @Override
    public Verdict check(long caseId, Long committeeId, Instant closedAt, Instant now) {
        Optional<Decision> applies = applicable(decisions.all(), "COMPLAINT", committeeId);
        if (applies.isEmpty()) {
            return Verdict.hold("NO_DECISION", null);
        }
        Decision d = applies.get();
        if (ZonedDateTime.ofInstant(closedAt, CityTime.ZONE).plus(d.eraseAfterPeriod()).toInstant().isAfter(now)) {
            return Verdict.hold("NOT_YET", d.reference());
        }
        if (d.archiveFirst() && !receipted(caseId)) {
            return Verdict.hold("NOT_DELIVERED", d.reference());
        }
        return Verdict.erase(d.reference());
    }

    /** The decision that governs a kind of record of a committee: its own before the city-wide one, then the latest. */
    static Optional<Decision> applicable(List<Decision> all, String kind, Long committeeId) {
        Comparator<Decision> latest = Comparator.comparing(Decision::decidedOn).thenComparing(Decision::id);
        Optional<Decision> own = committeeId == null ? Optional.empty() : all.stream()
                .filter(d -> d.recordKind().equals(kind) && committeeId.equals(d.committeeId())).max(latest);
        return own.isPresent() ? own : all.stream()
                .filter(d -> d.recordKind().equals(kind) && d.committeeId() == null).max(latest);
    }

    private boolean receipted(long caseId) {
        return jdbc.sql("""
                select exists (select 1 from records_archive_delivery_case c join records_archive_delivery d on d.id = c.delivery_id
                               where c.case_id = :id and d.receipt_at is not null)""")
                .param("id", caseId).query(Boolean.class).single();
    }
}
