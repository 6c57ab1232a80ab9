package se.medverka.testsupport;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.audit.AuditLog.Entry;

/**
 * One subject's audit trail, oldest first, read straight from the table: only tests need it, so
 * it is not part of the audit module's API.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("""
                select occurred_at, actor, action, subject_type, subject_id, detail from audit_log
                where subject_type = :type and subject_id = :id order by occurred_at, id""")
                .param("type", subjectType)
                .param("id", subjectId)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
