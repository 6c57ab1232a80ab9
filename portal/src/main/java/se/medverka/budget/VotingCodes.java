package se.medverka.budget;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.internal.BudgetCodes;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.budget.internal.VoterKeys;

/**
 * The codes staff of the round's committee hand out: class codes for schools and one-time voting
 * codes for those who vote at a library or service office. The voting side is {@link BudgetVoting}.
 */
@Service
@Transactional
public class VotingCodes {

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final BudgetStaff staff;
    private final AuditLog audit;

    VotingCodes(JdbcClient jdbc, BudgetRounds rounds, BudgetStaff staff, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.staff = staff;
        this.audit = audit;
    }

    /** A class code for one class of pupils of an area, admitting at most {@code classSize} ballots. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public String createClassCode(long roundId, long areaId, String band, int classSize) {
        staff.requireRound(roundId);
        Round round = rounds.round(roundId).orElseThrow();
        if (round.area(areaId).isEmpty()) {
            throw new BudgetException("budget.codes.area.error.required");
        }
        if (!"B10_12".equals(band) && !"B13_17".equals(band)) {
            throw new BudgetException("budget.codes.band.error.required");
        }
        if ("B10_12".equals(band) && round.minAge() > 12) {
            throw new BudgetException("budget.codes.band.error.young");
        }
        if (classSize < 1 || classSize > 200) {
            throw new BudgetException("budget.codes.size.error.range");
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = BudgetCodes.classCode();
            int added = jdbc.sql("""
                    insert into budget_class_code (code, round_id, area_id, band, max_uses) values (:c, :r, :a, :b, :m)
                    on conflict do nothing""")
                    .param("c", code).param("r", roundId).param("a", areaId).param("b", band).param("m", classSize).update();
            if (added == 1) {
                audit.record(staff.actor(), "BUDGET_CLASS_CODE", "budget_round", String.valueOf(roundId), code + " " + classSize);
                return code;
            }
        }
        throw new IllegalStateException("No free class code");
    }

    /**
     * A one-time voting code, handed on paper to a visitor whose identity staff have checked (and who
     * has not voted by e-identification: staff ask). Who issued it is in the audit trail; to whom is
     * not recorded anywhere.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public String issueVotingCode(long roundId) {
        staff.requireRound(roundId);
        Round round = rounds.round(roundId).orElseThrow();
        if (round.phase() != Phase.VOTING && round.phase() != Phase.REVIEW) {
            throw new BudgetException("budget.codes.error.phase");
        }
        String code = BudgetCodes.votingCode();
        jdbc.sql("insert into budget_voting_code (code_hash, round_id) values (:h, :r)")
                .param("h", VoterKeys.codeHash(code)).param("r", roundId).update();
        audit.record(staff.actor(), "BUDGET_VOTING_CODE", "budget_round", String.valueOf(roundId), null);
        return code;
    }

    public record ClassCode(String code, long areaId, String band, int maxUses, int uses) {
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public List<ClassCode> classCodes(long roundId) {
        staff.requireRound(roundId);
        return jdbc.sql("select code, area_id, band, max_uses, uses from budget_class_code where round_id = :r order by code")
                .param("r", roundId)
                .query((rs, n) -> new ClassCode(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5))).list();
    }
}
