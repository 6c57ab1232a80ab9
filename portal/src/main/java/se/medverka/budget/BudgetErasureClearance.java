package se.medverka.budget;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the budget's retention may erase personal data now: only under a recorded decision on
 * erasure (gallringsbeslut), as complaint retention ({@code complaint.ErasureClearance}). Declared here
 * and implemented by the records module, which keeps the decisions (records depends on budget, never
 * the other way round). Without an implementation nothing is erased.
 */
public interface BudgetErasureClearance {

    /** The voter hashes of a counted round ({@code finished}: the day after voting closed). */
    String VOTERS = "BUDGET_VOTERS";
    /** The addresses following a winning project ({@code finished}: the day it was reported done). */
    String FOLLOWERS = "BUDGET_FOLLOWERS";

    /**
     * The reference of the decision that allows erasing {@code kind} of the committee's round now,
     * or empty (no decision, or its period since {@code finished} has not passed).
     */
    Optional<String> allows(String kind, long committeeId, Instant finished, Instant now);
}
