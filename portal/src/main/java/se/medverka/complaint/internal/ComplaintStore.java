package se.medverka.complaint.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.Note;
import se.medverka.complaint.ComplaintViews.Template;
import se.medverka.shared.time.CityTime;

/**
 * The complaint tables. Sensitive values go in and come out through {@link ComplaintCrypto}; this
 * class never sees a key, only what the crypto made of the text.
 *
 * <p>Just over 300 lines, on purpose: it is every SQL statement on the complaint tables, each a few
 * lines, in one place, so that one file shows every path by which complaint text is read or written.
 */
@Component
public class ComplaintStore {

    private final JdbcClient jdbc;
    private final ComplaintCrypto crypto;

    ComplaintStore(JdbcClient jdbc, ComplaintCrypto crypto) {
        this.jdbc = jdbc;
        this.crypto = crypto;
    }

    /** A stored complaint with its sensitive fields decrypted (null once erased). */
    public record Row(long id, UUID reference, long caseId, String caseNumber, Long committeeId, String anonymity,
                      String concerns, String serviceType, String district, LocalDate incidentDate, String language,
                      String pinHash, String place, String what, String wish, List<String> grounds, String name,
                      String email, Instant receivedAt, Instant closedAt, Instant erasedAt) {
    }

    /** Records that staff registered the complaint for a resident, and how (phone, visit, letter, interpreter). */
    public void channel(long complaintId, String channel) {
        jdbc.sql("update complaint set channel = :ch where id = :id").param("ch", channel).param("id", complaintId).update();
    }

    /** Complaints per channel received in [from, to) (city time), of one committee or all. */
    public java.util.Map<String, Long> perChannel(Long committeeId, java.time.LocalDate from, java.time.LocalDate to) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                select channel, count(*) from complaint
                where (received_at at time zone :zone)::date >= :from
                  and (received_at at time zone :zone)::date < :to
                  and (cast(:committee as bigint) is null or committee_id = :committee)
                group by channel""")
                .param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to))
                .param("committee", committeeId, java.sql.Types.BIGINT).param("zone", CityTime.ZONE_ID)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    public long insert(UUID reference, long caseId, String caseNumber, ComplaintInput.Clean c, String pinHash, Instant now) {
        String ref = reference.toString();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into complaint (reference, case_id, case_number, anonymity, concerns, service_type, district,
                    incident_date, language, pin_hash, place_enc, what_enc, wish_enc, grounds_enc, name_enc, email_enc, received_at)
                values (:reference, :caseId, :caseNumber, :anonymity, :concerns, :serviceType, :district,
                    :incidentDate, :language, :pinHash, :place, :what, :wish, :grounds, :name, :email, :receivedAt)""")
                .param("reference", reference)
                .param("caseId", caseId)
                .param("caseNumber", caseNumber)
                .param("anonymity", c.anonymity())
                .param("concerns", c.concerns())
                .param("serviceType", c.serviceType())
                .param("district", c.district())
                .param("incidentDate", c.incidentDate())
                .param("language", c.language())
                .param("pinHash", pinHash)
                .param("place", crypto.encrypt(c.place(), ref, "place"))
                .param("what", crypto.encrypt(c.what(), ref, "what"))
                .param("wish", crypto.encrypt(c.wish(), ref, "wish"))
                .param("grounds", crypto.encrypt(ComplaintInput.joinGrounds(c.grounds()), ref, "grounds"))
                .param("name", crypto.encrypt(c.name(), ref, "name"))
                .param("email", crypto.encrypt(c.email(), ref, "email"))
                .param("receivedAt", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** One complaint in the city-wide list: what any list shows, none of the (encrypted) content. */
    public record Listed(long caseId, String caseNumber, Long committeeId, Instant receivedAt) {
    }

    /** The newest complaints of the whole city that are not erased, without decrypting anything. */
    public List<Listed> latest(int limit) {
        return jdbc.sql("""
                select case_id, case_number, committee_id, received_at from complaint
                where erased_at is null order by received_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional();
    }

    public Optional<Row> byCaseId(long caseId) {
        return jdbc.sql(SELECT + " where case_id = :id").param("id", caseId).query(this::row).optional();
    }

    /** The anonymous figures of one complaint: decrypts its grounds and nothing else. */
    public Optional<se.medverka.complaint.ComplaintFigures> figures(long caseId) {
        return jdbc.sql("""
                select reference, concerns, service_type, district, grounds_enc, received_at
                from complaint where case_id = :id""").param("id", caseId).query((rs, n) -> {
            String ref = rs.getObject("reference", UUID.class).toString();
            String grounds = crypto.decrypt(rs.getString("grounds_enc"), ref, "grounds");
            return new se.medverka.complaint.ComplaintFigures(rs.getString("concerns"), rs.getString("service_type"),
                    rs.getString("district"), grounds == null ? List.of() : ComplaintInput.splitGrounds(grounds),
                    LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), CityTime.ZONE));
        }).optional();
    }

    public Optional<Row> byCaseNumber(String caseNumber) {
        return jdbc.sql(SELECT + " where case_number = :n").param("n", caseNumber).query(this::row).optional();
    }

    /**
     * Closed complaints whose retention time has ended and that this run has not yet looked at, locked;
     * rows another node holds are skipped.
     */
    public List<Row> lockDueForErasure(Instant cutoff, Instant run, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where erased_at is null and closed_at is not null and closed_at < :cutoff
                   and (retention_checked_at is null or retention_checked_at < :run)
                 order by closed_at, id limit :limit for update skip locked""")
                .param("cutoff", Timestamp.from(cutoff)).param("run", Timestamp.from(run)).param("limit", limit)
                .query(this::row).list();
    }

    /** Leaves a due complaint in place, with why (no decision covers it, not yet, not delivered). */
    public void hold(long id, String reason, Instant now) {
        jdbc.sql("update complaint set retention_hold = :r, retention_checked_at = :at where id = :id")
                .param("r", reason).param("at", Timestamp.from(now)).param("id", id).update();
    }

    /** A complaint due for erasure that retention left in place, and why. */
    public record Held(long caseId, String caseNumber, Long committeeId, Instant closedAt, String reason, Instant checkedAt) {
    }

    /** The complaints retention left in place, of one committee or (null) all, oldest first. */
    public List<Held> held(Long committeeId, int limit) {
        return jdbc.sql("""
                select case_id, case_number, committee_id, closed_at, retention_hold, retention_checked_at from complaint
                where erased_at is null and retention_hold is not null
                  and (cast(:c as bigint) is null or committee_id = :c)
                order by closed_at, id limit :limit""")
                .param("c", committeeId, java.sql.Types.BIGINT).param("limit", limit)
                .query((rs, n) -> {
                    long committee = rs.getLong(3);
                    return new Held(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : committee,
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getTimestamp(6).toInstant());
                }).list();
    }

    /**
     * Every closed, not erased complaint of a committee closed in [from, to), one at a time and in case
     * order, decrypted for delivery to the archive; the rows are read with a cursor, so memory stays
     * bounded however many there are.
     */
    public void closedForArchive(long committeeId, Instant from, Instant to, java.util.function.Consumer<Row> each) {
        jdbc.sql(SELECT + " " + """
                 where committee_id = :c and erased_at is null and closed_at is not null
                   and closed_at >= :from and closed_at < :to
                 order by case_id""")
                .param("c", committeeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .withFetchSize(200)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(row(rs, 0)));
    }

    public void setCommittee(long caseId, long committeeId) {
        jdbc.sql("update complaint set committee_id = :c where case_id = :id")
                .param("c", committeeId).param("id", caseId).update();
    }

    public void setPinHash(long id, String pinHash) {
        jdbc.sql("update complaint set pin_hash = :h where id = :id").param("h", pinHash).param("id", id).update();
    }

    public void setClosedAt(long caseId, Instant closedAt) {
        jdbc.sql("update complaint set closed_at = :at where case_id = :id")
                .param("at", closedAt == null ? null : Timestamp.from(closedAt)).param("id", caseId).update();
    }

    public void addNote(Row c, String author, String text, Instant now) {
        jdbc.sql("insert into complaint_note (complaint_id, created_at, author, body_enc) values (:c, :at, :author, :body)")
                .param("c", c.id()).param("at", Timestamp.from(now)).param("author", author)
                .param("body", crypto.encrypt(text, c.reference().toString(), "note")).update();
    }

    public List<Note> notes(Row c) {
        String ref = c.reference().toString();
        return jdbc.sql("select created_at, author, body_enc from complaint_note where complaint_id = :c order by created_at, id")
                .param("c", c.id())
                .query((rs, n) -> new Note(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        crypto.decrypt(rs.getString(3), ref, "note")))
                .list();
    }

    public long addAnswer(Row c, String author, String language, String text, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into complaint_answer (complaint_id, created_at, author, language, body_enc)
                values (:c, :at, :author, :language, :body)""")
                .param("c", c.id()).param("at", Timestamp.from(now)).param("author", author).param("language", language)
                .param("body", crypto.encrypt(text, c.reference().toString(), "answer"))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Answer> answers(Row c) {
        return jdbc.sql("select id, created_at, author, language, body_enc from complaint_answer where complaint_id = :c order by created_at, id")
                .param("c", c.id()).query((rs, n) -> answer(rs, c)).list();
    }

    public Optional<Answer> answer(Row c, long answerId) {
        return jdbc.sql("select id, created_at, author, language, body_enc from complaint_answer where complaint_id = :c and id = :id")
                .param("c", c.id()).param("id", answerId).query((rs, n) -> answer(rs, c)).optional();
    }

    private Answer answer(ResultSet rs, Row c) throws SQLException {
        return new Answer(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                crypto.decrypt(rs.getString(5), c.reference().toString(), "answer"));
    }

    public List<Template> templates(long committeeId) {
        return jdbc.sql("select id, language, title, body from complaint_template where committee_id = :c order by language, title, id")
                .param("c", committeeId)
                .query((rs, n) -> new Template(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public void addTemplate(long committeeId, String language, String title, String body, String author, Instant now) {
        jdbc.sql("""
                insert into complaint_template (committee_id, language, title, body, created_at, created_by)
                values (:c, :language, :title, :body, :at, :author)""")
                .param("c", committeeId).param("language", language).param("title", title).param("body", body)
                .param("at", Timestamp.from(now)).param("author", author).update();
    }

    /**
     * Erases the sensitive content. Nothing is copied elsewhere first: the complaint was counted in
     * follow-up's sealed monthly figures when it was assigned, and that is all that remains of it.
     */
    public void erase(Row c, Instant now) {
        jdbc.sql("delete from complaint_note where complaint_id = :c").param("c", c.id()).update();
        jdbc.sql("delete from complaint_answer where complaint_id = :c").param("c", c.id()).update();
        jdbc.sql("""
                update complaint set place_enc = null, what_enc = null, wish_enc = null, grounds_enc = null,
                    name_enc = null, email_enc = null, pin_hash = null, incident_date = null, erased_at = :now,
                    retention_hold = null, retention_checked_at = :now
                where id = :c""")
                .param("now", Timestamp.from(now)).param("c", c.id()).update();
    }

    public void recordRun(Instant now, String node, Instant cutoff, int erased) {
        jdbc.sql("insert into complaint_retention_run (ran_at, node, cutoff, erased) values (:at, :node, :cutoff, :erased)")
                .param("at", Timestamp.from(now)).param("node", node).param("cutoff", Timestamp.from(cutoff))
                .param("erased", erased).update();
    }

    private static final String SELECT = """
            select id, reference, case_id, case_number, committee_id, anonymity, concerns, service_type, district,
                   incident_date, language, pin_hash, place_enc, what_enc, wish_enc, grounds_enc, name_enc, email_enc,
                   received_at, closed_at, erased_at
            from complaint""";

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID reference = rs.getObject("reference", UUID.class);
        String ref = reference.toString();
        long committee = rs.getLong("committee_id");
        Long committeeId = rs.wasNull() ? null : committee;
        Timestamp closed = rs.getTimestamp("closed_at");
        Timestamp erased = rs.getTimestamp("erased_at");
        String grounds = crypto.decrypt(rs.getString("grounds_enc"), ref, "grounds");
        return new Row(rs.getLong("id"), reference, rs.getLong("case_id"), rs.getString("case_number"), committeeId,
                rs.getString("anonymity"), rs.getString("concerns"), rs.getString("service_type"), rs.getString("district"),
                rs.getObject("incident_date", LocalDate.class), rs.getString("language"), rs.getString("pin_hash"),
                crypto.decrypt(rs.getString("place_enc"), ref, "place"),
                crypto.decrypt(rs.getString("what_enc"), ref, "what"),
                crypto.decrypt(rs.getString("wish_enc"), ref, "wish"),
                grounds == null ? null : ComplaintInput.splitGrounds(grounds),
                crypto.decrypt(rs.getString("name_enc"), ref, "name"),
                crypto.decrypt(rs.getString("email_enc"), ref, "email"),
                rs.getTimestamp("received_at").toInstant(),
                closed == null ? null : closed.toInstant(), erased == null ? null : erased.toInstant());
    }
}
