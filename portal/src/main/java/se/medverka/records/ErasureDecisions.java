package se.medverka.records;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.records.internal.DecisionStore;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.time.CityTime;

/**
 * Decisions on erasure (gallringsbeslut): administrators record the decisions the city has taken —
 * which kind of records, after how long, what is kept, and whether the records must be delivered to
 * the archive first. Complaint's retention job erases only what such a decision covers.
 */
@Service
@Transactional
public class ErasureDecisions {

    /**
     * The kinds of records a decision can cover here: complaint content (texts, grounds, contact
     * details, answers); a citizen budget's voter hashes and followers' addresses
     * ({@code budget.BudgetErasureClearance}). Labels: {@link #kindLabelKey}.
     */
    public static final List<String> KINDS = List.of("COMPLAINT", "BUDGET_VOTERS", "BUDGET_FOLLOWERS");

    /** The name of a kind of records as people read it. */
    public static String kindLabelKey(String kind) {
        return switch (kind) {
            case "BUDGET_VOTERS" -> "records.erasure.kind.budget_voters.label";
            case "BUDGET_FOLLOWERS" -> "records.erasure.kind.budget_followers.label";
            default -> "records.erasure.kind.complaint.label";
        };
    }

    /**
     * @param eraseAfter an ISO-8601 period after closing ({@code P2Y})
     */
    public record Decision(long id, String reference, LocalDate decidedOn, String decidedBy, String recordKind,
                           Long committeeId, String eraseAfter, String whatIsKept, boolean archiveFirst) {

        public TemporalAmount eraseAfterPeriod() {
            return eraseAfter.startsWith("PT") ? Duration.parse(eraseAfter) : Period.parse(eraseAfter);
        }
    }

    private final DecisionStore store;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final Clock clock;
    private final RoutingRegister register;

    ErasureDecisions(DecisionStore store, AuditLog audit, CurrentStaff current, Clock clock, RoutingRegister register) {
        this.store = store;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.register = register;
    }

    /** Records a decision; everything is checked first and nothing is stored when something is wrong. */
    @PreAuthorize("hasRole('ADMIN')")
    public long record(String reference, LocalDate decidedOn, String decidedBy, String recordKind, Long committeeId,
                       String eraseAfter, String whatIsKept, boolean archiveFirst) {
        String ref = required(reference, 100, "records.erasure.reference.error.required");
        String by = required(decidedBy, 200, "records.erasure.decidedby.error.required");
        String kept = required(whatIsKept, 2000, "records.erasure.kept.error.required");
        if (decidedOn == null || decidedOn.isAfter(CityTime.today(clock))) {
            throw new RecordsException("records.erasure.date.error.invalid");
        }
        if (!KINDS.contains(recordKind)) {
            throw new RecordsException("records.erasure.kind.error.required");
        }
        if (committeeId != null && register.committee(committeeId).isEmpty()) {
            throw new RecordsException("records.erasure.kind.error.required");
        }
        String after = eraseAfter == null ? "" : eraseAfter.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (!after.startsWith("P") || after.startsWith("PT")) {
                throw new DateTimeParseException("period", after, 0);
            }
            Period p = Period.parse(after);
            if (p.isNegative() || p.isZero()) {
                throw new DateTimeParseException("period", after, 0);
            }
        } catch (DateTimeParseException e) {
            throw new RecordsException("records.erasure.after.error.invalid");
        }
        if (store.exists(ref)) {
            throw new RecordsException("records.erasure.reference.error.taken");
        }
        long id = store.insert(new Decision(0, ref, decidedOn, by, recordKind, committeeId, after, kept, archiveFirst),
                clock.instant(), current.actor());
        audit.record(current.actor(), "RECORDS_ERASURE_DECISION", "erasure-decision", String.valueOf(id),
                ref + " " + recordKind + " " + after + (archiveFirst ? " archive first" : ""));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'HANDLER')")
    @Transactional(readOnly = true)
    public List<Decision> all() {
        return store.all();
    }

    static String required(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new RecordsException(key);
        }
        return v;
    }
}
