package se.medverka.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import se.medverka.records.LegalGround;
import se.medverka.records.RequestViews.Redaction;
import se.medverka.records.ReviewDecision;

/** The request tables: requests, their documents and decisions, and redactions as character ranges. */
@Component
public class RequestStore {

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Request(long id, long caseId, String caseNumber, long committeeId, String requesterSealed,
                          String requesterLanguage, String subjectKind, long subjectCaseId, String subjectCaseNumber, LocalDate receivedOn,
                          LocalDate firstActionDue, Instant firstActionAt, String state) {
    }

    public record Doc(long id, long requestId, String key, String title, ReviewDecision decision, LegalGround ground) {
    }

    public long insert(long caseId, String caseNumber, long committeeId, String requesterSealed, String language,
                       String subjectKind, long subjectCaseId, String subjectCaseNumber, LocalDate receivedOn, LocalDate due, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into records_request (case_id, case_number, committee_id, requester_sealed, requester_language,
                    subject_kind, subject_case_id, subject_case_number, received_on, registered_at, registered_by, first_action_due, state)
                values (:caseId, :caseNumber, :committee, :requester, :language, :subjectKind, :subjectId, :subjectNumber, :received,
                    :at, :by, :due, 'REGISTERED')""")
                .param("caseId", caseId).param("caseNumber", caseNumber).param("committee", committeeId)
                .param("requester", requesterSealed).param("language", language).param("subjectKind", subjectKind).param("subjectId", subjectCaseId)
                .param("subjectNumber", subjectCaseNumber).param("received", receivedOn).param("at", Timestamp.from(now))
                .param("by", actor).param("due", due)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addDocument(long requestId, String key, String title) {
        jdbc.sql("insert into records_request_document (request_id, doc_key, title) values (:r, :k, :t)")
                .param("r", requestId).param("k", key).param("t", title).update();
    }

    public Optional<Request> byCase(long caseId) {
        return jdbc.sql(SELECT + " where case_id = :id").param("id", caseId).query(RequestStore::request).optional();
    }

    public Optional<Request> request(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RequestStore::request).optional();
    }

    /** Requests of the given committees, open first and by due date; only overdue ones if asked. */
    public List<Request> requests(java.util.Collection<Long> committees, boolean overdueOnly, LocalDate today, int limit) {
        if (committees.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " " + """
                 where committee_id in (:c)
                   and (not :overdue or (first_action_at is null and first_action_due < :today))
                 order by state = 'DECIDED', first_action_due, id limit :limit""")
                .param("c", committees).param("overdue", overdueOnly).param("today", today).param("limit", limit)
                .query(RequestStore::request).list();
    }

    public List<Doc> documents(long requestId) {
        return jdbc.sql("select id, request_id, doc_key, title, decision, ground from records_request_document where request_id = :r order by id")
                .param("r", requestId).query((rs, n) -> new Doc(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : ReviewDecision.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : LegalGround.valueOf(rs.getString(6)))).list();
    }

    public List<Redaction> redactions(long documentId) {
        return jdbc.sql("select start_at, end_at, ground from records_redaction where document_id = :d order by start_at")
                .param("d", documentId)
                .query((rs, n) -> new Redaction(rs.getInt(1), rs.getInt(2), LegalGround.valueOf(rs.getString(3)))).list();
    }

    public void firstAction(long requestId, Instant now) {
        jdbc.sql("update records_request set first_action_at = coalesce(first_action_at, :at), state = 'IN_REVIEW' where id = :id and state = 'REGISTERED'")
                .param("at", Timestamp.from(now)).param("id", requestId).update();
    }

    public void decide(long documentId, ReviewDecision decision, LegalGround ground, List<Redaction> redactions, Instant now, String actor) {
        jdbc.sql("""
                update records_request_document set decision = :d, ground = :g, decided_at = :at, decided_by = :by
                where id = :id""")
                .param("d", decision.name()).param("g", ground == null ? null : ground.name())
                .param("at", Timestamp.from(now)).param("by", actor).param("id", documentId).update();
        jdbc.sql("delete from records_redaction where document_id = :d").param("d", documentId).update();
        for (Redaction r : redactions) {
            jdbc.sql("insert into records_redaction (document_id, start_at, end_at, ground) values (:d, :s, :e, :g)")
                    .param("d", documentId).param("s", r.start()).param("e", r.end()).param("g", r.ground().name()).update();
        }
    }

    public void decided(long requestId, Instant now, String actor) {
        jdbc.sql("update records_request set state = 'DECIDED', decided_at = :at, decided_by = :by where id = :id")
                .param("at", Timestamp.from(now)).param("by", actor).param("id", requestId).update();
    }

    private static final String SELECT = """
            select id, case_id, case_number, committee_id, requester_sealed, requester_language, subject_kind, subject_case_id,
                   subject_case_number, received_on, first_action_due, first_action_at, state
            from records_request""";

    private static Request request(ResultSet rs, int n) throws SQLException {
        Timestamp first = rs.getTimestamp("first_action_at");
        return new Request(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("committee_id"),
                rs.getString("requester_sealed"), rs.getString("requester_language"), rs.getString("subject_kind"), rs.getLong("subject_case_id"),
                rs.getString("subject_case_number"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("first_action_due", LocalDate.class), first == null ? null : first.toInstant(), rs.getString("state"));
    }
}
