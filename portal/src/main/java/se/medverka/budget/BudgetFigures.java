package se.medverka.budget;

import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/** What follow-up may know of citizen budgets, like {@code consultation.ConsultationFigures}: counts only. */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional(readOnly = true)
public class BudgetFigures {

    private final JdbcClient jdbc;
    private final CurrentStaff staff;

    BudgetFigures(JdbcClient jdbc, CurrentStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * For follow-up: the ballots per age band ({@link BudgetResults#BANDS}, labels
     * {@link BudgetResults#bandLabelKey}) in the committee's rounds whose voting closed in
     * {@code [from, to)} — ballots carry no time, by design. The whole city ({@code null}) is for
     * administrators. Counts only; follow-up suppresses small cells.
     */
    public Map<String, Long> ballotsByBand(Long committeeId, LocalDate from, LocalDate to) {
        staff.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        Map<String, Long> out = new LinkedHashMap<>();
        BudgetResults.BANDS.forEach(b -> out.put(b, 0L));
        jdbc.sql("""
                select coalesce(b.band, 'UNKNOWN'), count(*) from budget_ballot b join budget_round r on r.id = b.round_id
                where r.voting_until >= :from and r.voting_until < :to
                  and (cast(:committee as bigint) is null or r.committee_id = :committee)
                group by 1""")
                .param("committee", committeeId, Types.BIGINT).param("from", from).param("to", to)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }
}
