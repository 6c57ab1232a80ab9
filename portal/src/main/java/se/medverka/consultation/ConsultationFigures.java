package se.medverka.consultation;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/** What follow-up may know of children's consultations, like {@code complaint.ComplaintFigures}: counts only. */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional(readOnly = true)
public class ConsultationFigures {

    private final JdbcClient jdbc;
    private final CurrentStaff staff;

    ConsultationFigures(JdbcClient jdbc, CurrentStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * For follow-up: the answers children gave, per age band, to the committee's consultations
     * created in {@code [from, to)} (answers carry no time, by design). The whole city
     * ({@code null}) is for administrators. Counts only; follow-up suppresses small cells.
     */
    public Map<AgeBand, Long> responsesByBand(Long committeeId, LocalDate from, LocalDate to) {
        staff.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        Map<AgeBand, Long> out = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            out.put(b, 0L);
        }
        jdbc.sql("""
                select r.band, count(*) from consultation_response r
                join consultation_consultation c on c.id = r.consultation_id
                where c.created_at >= :fromAt and c.created_at < :toAt
                  and (cast(:committee as bigint) is null or c.committee_id = :committee)
                group by r.band""")
                .param("committee", committeeId, Types.BIGINT)
                .param("fromAt", Timestamp.from(CityTime.startOf(from)))
                .param("toAt", Timestamp.from(CityTime.startOf(to)))
                .query(rs -> {
                    out.put(AgeBand.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }
}
