package se.medverka.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. Rows are never changed: the database refuses it. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AuditLog(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an entry in the caller's transaction, so that it stands or falls with the change. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("""
                insert into audit_log (occurred_at, actor, action, subject_type, subject_id, detail)
                values (:at, :actor, :action, :type, :id, :detail)""")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("type", subjectType)
                .param("id", subjectId)
                .param("detail", detail)
                .update();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit, String actionFilter) {
        String filter = actionFilter == null || actionFilter.isBlank() ? null : actionFilter.trim();
        return jdbc.sql("""
                select occurred_at, actor, action, subject_type, subject_id, detail from audit_log
                where cast(:filter as text) is null or action = :filter
                order by occurred_at desc, id desc limit :limit""")
                .param("filter", filter)
                .param("limit", limit)
                .query(AuditLog::toEntry)
                .list();
    }

    private static Entry toEntry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6));
    }

    public record Entry(Instant at, String actor, String action, String subjectType, String subjectId, String detail) {
    }
}
