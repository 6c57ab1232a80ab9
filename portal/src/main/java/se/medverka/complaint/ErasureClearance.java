package se.medverka.complaint;

import java.time.Instant;

/**
 * Whether the retention job may erase a closed complaint: a Swedish authority erases records only
 * under a recorded decision on erasure (gallringsbeslut) and, where the decision says so, only after
 * the archive has receipted their delivery. Declared here and implemented by the records module, which
 * keeps the decisions and deliveries (records depends on complaint, never the other way round).
 * Without an implementation nothing is erased.
 */
public interface ErasureClearance {

    /**
     * @param caseId      the complaint's case
     * @param committeeId the committee it is with (null if never routed)
     * @param closedAt    when it was closed
     * @param now         the time of the retention run
     */
    Verdict check(long caseId, Long committeeId, Instant closedAt, Instant now);

    /**
     * @param erase    whether the complaint may be erased now
     * @param decision the decision's reference that allows it (for the audit trail), or null
     * @param hold     why it stays, when it does: {@code NO_DECISION}, {@code NOT_YET}, {@code NOT_DELIVERED}
     */
    record Verdict(boolean erase, String decision, String hold) {

        public static Verdict erase(String decision) {
            return new Verdict(true, decision, null);
        }

        public static Verdict hold(String reason, String decision) {
            return new Verdict(false, decision, reason);
        }
    }
}
