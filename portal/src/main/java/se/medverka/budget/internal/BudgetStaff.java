package se.medverka.budget.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetException;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * Which rounds a member of staff may work on: those of committees they handle (administrators:
 * all). Every staff service asks here, so no id in a URL reaches another committee's round.
 */
@Component
public class BudgetStaff {

    private final JdbcClient jdbc;
    private final CurrentStaff current;

    BudgetStaff(JdbcClient jdbc, CurrentStaff current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    public boolean mayAct(long committeeId) {
        return current.mayActFor(StaffRole.HANDLER, committeeId);
    }

    /** Refuses unless the person handles {@code committeeId}. */
    public void requireCommittee(long committeeId) {
        if (!mayAct(committeeId)) {
            throw new BudgetException("budget.staff.error.notfound");
        }
    }

    /** Refuses unless the round exists and belongs to a committee the person handles; locks the round's row. */
    public void requireRound(long roundId) {
        long committee = jdbc.sql("select committee_id from budget_round where id = :id for update").param("id", roundId)
                .query(Long.class).optional().orElseThrow(() -> new BudgetException("budget.staff.error.notfound"));
        requireCommittee(committee);
    }

    /** The round of a proposal the person may work on (round row locked); else "not found". */
    public long requireProposal(long proposalId) {
        long round = jdbc.sql("select round_id from budget_proposal where id = :id").param("id", proposalId)
                .query(Long.class).optional().orElseThrow(() -> new BudgetException("budget.staff.error.notfound"));
        requireRound(round);
        return round;
    }

    public String actor() {
        return current.actor();
    }
}
