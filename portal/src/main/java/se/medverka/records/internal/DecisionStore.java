package se.medverka.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.records.ErasureDecisions.Decision;

/** The decisions on erasure; never changed once recorded (a new decision replaces an old one). */
@Component
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Decision> all() {
        return jdbc.sql("""
                select id, reference, decided_on, decided_by, record_kind, committee_id, erase_after, what_is_kept, archive_first
                from records_erasure_decision order by decided_on desc, id desc""")
                .query((rs, n) -> {
                    long committee = rs.getLong("committee_id");
                    Long committeeId = rs.wasNull() ? null : committee;
                    return new Decision(rs.getLong("id"), rs.getString("reference"),
                            rs.getObject("decided_on", java.time.LocalDate.class), rs.getString("decided_by"),
                            rs.getString("record_kind"), committeeId, rs.getString("erase_after"),
                            rs.getString("what_is_kept"), rs.getBoolean("archive_first"));
                }).list();
    }

    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from records_erasure_decision where reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    public long insert(Decision d, Instant now, String actor) {
        return jdbc.sql("""
                insert into records_erasure_decision (reference, decided_on, decided_by, record_kind, committee_id,
                    erase_after, what_is_kept, archive_first, recorded_at, recorded_by)
                values (:ref, :on, :by, :kind, :committee, :after, :kept, :archive, :at, :actor) returning id""")
                .param("ref", d.reference()).param("on", d.decidedOn()).param("by", d.decidedBy()).param("kind", d.recordKind())
                .param("committee", d.committeeId(), java.sql.Types.BIGINT).param("after", d.eraseAfter())
                .param("kept", d.whatIsKept()).param("archive", d.archiveFirst()).param("at", Timestamp.from(now))
                .param("actor", actor).query(Long.class).single();
    }
}
