package se.medverka.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.audit.AuditLog;
import se.medverka.budget.BudgetErasureClearance;
import se.medverka.shared.time.CityTime;

/**
 * Erases a finished round's personal data on schedule, only under a recorded decision on erasure
 * ({@link BudgetErasureClearance}, implemented by records), as complaint retention does: the voter
 * hashes of a counted round (the ballots stay, so the result stays reproducible; nobody can then tell
 * who voted) and the addresses following a project reported done. Without a decision nothing is erased.
 * Audit entries {@code BUDGET_VOTERS_ERASED}, {@code BUDGET_FOLLOWERS_ERASED} name the decision.
 */
@Component
public class BudgetRetention {

    private static final Logger log = LoggerFactory.getLogger(BudgetRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<BudgetErasureClearance> clearance;
    private final AuditLog audit;
    private final Clock clock;

    BudgetRetention(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<BudgetErasureClearance> clearance,
                    AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clearance = clearance;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${medverka.budget.retention-cron:0 37 3 * * *}", zone = CityTime.ZONE_ID)
    public void scheduled() {
        int erased = eraseDue(clock.instant());
        if (erased > 0) {
            log.info("Budget retention: erased the voters of or the followers of {} rounds or projects", erased);
        }
    }

    /** Erases what decisions allow at {@code now}; returns how many rounds and projects were erased. */
    public int eraseDue(Instant now) {
        BudgetErasureClearance decisions = clearance.getIfAvailable();
        if (decisions == null) {
            return 0;
        }
        return transactions.execute(status -> voters(decisions, now) + followers(decisions, now));
    }

    private record Due(long id, long committeeId, LocalDate finished) {
    }

    private int voters(BudgetErasureClearance decisions, Instant now) {
        List<Due> rounds = jdbc.sql("""
                select r.id, r.committee_id, r.voting_until + 1 from budget_round r
                where r.counted and exists (select 1 from budget_voter v where v.round_id = r.id)""")
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
        int erased = 0;
        for (Due r : rounds) {
            var decision = decisions.allows(BudgetErasureClearance.VOTERS, r.committeeId(), CityTime.startOf(r.finished()), now);
            if (decision.isPresent()) {
                int rows = jdbc.sql("delete from budget_voter where round_id = :r").param("r", r.id()).update();
                audit.record("system", "BUDGET_VOTERS_ERASED", "budget_round", String.valueOf(r.id()),
                        rows + " voter hashes, decision " + decision.get());
                erased++;
            }
        }
        return erased;
    }

    private int followers(BudgetErasureClearance decisions, Instant now) {
        List<Due> projects = jdbc.sql("""
                select p.id, r.committee_id, (select max(u.posted_on) from budget_update u where u.proposal_id = p.id and u.work_status = 'DONE')
                from budget_proposal p join budget_round r on r.id = p.round_id
                where p.work_status = 'DONE' and exists (select 1 from budget_follower f where f.proposal_id = p.id)""")
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
        int erased = 0;
        for (Due p : projects) {
            if (p.finished() == null) {
                continue;
            }
            var decision = decisions.allows(BudgetErasureClearance.FOLLOWERS, p.committeeId(), CityTime.startOf(p.finished()), now);
            if (decision.isPresent()) {
                int rows = jdbc.sql("delete from budget_follower where proposal_id = :p").param("p", p.id()).update();
                audit.record("system", "BUDGET_FOLLOWERS_ERASED", "budget_proposal", String.valueOf(p.id()),
                        rows + " addresses, decision " + decision.get());
                erased++;
            }
        }
        return erased;
    }
}
