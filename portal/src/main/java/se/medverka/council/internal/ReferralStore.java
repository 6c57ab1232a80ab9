package se.medverka.council.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.council.Meetings;
import se.medverka.council.PublishedReferrals.PublicAnswer;
import se.medverka.council.ReferralAnswers.RecipientPage;
import se.medverka.council.Referrals.RecipientKind;
import se.medverka.council.Referrals.RecipientRow;
import se.medverka.council.Referrals.ReferralSummary;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.time.CityTime;

/**
 * The referral tables' SQL, for the use cases in {@code council} (sending and the staff overview,
 * the recipients' answers, publication). Decides nothing: who may do what is checked by the callers.
 * An organisation recipient's address is sealed here, under {@link #organisationContext(long)}.
 *
 * <p>Just over 300 lines, on purpose: every SQL statement on the referral tables, each a few lines,
 * in one place, as {@code ComplaintStore}: one file shows every path by which a sealed address or an
 * unpublished answer is read.
 */
@Component
public class ReferralStore {

    /** A recipient's name: a registered or typed-in organisation, else the council's Swedish name, else the committee's. */
    private static final String NAME = "coalesce(r.organisation_name, cn.name, rc.name)";
    private static final String NAME_JOINS = """
            left join council_name cn on cn.council_id = r.council_id and cn.language = 'sv'
            left join routing_committee rc on rc.id = r.committee_id""";

    /** A recipient as staff act on it: its referral's committee, its last day, whether it answered. */
    public record StaffRecipient(long id, long committeeId, LocalDate deadline, boolean answered) {
    }

    /** A document row with what decides who may read it. */
    public record DocumentRow(long referralId, Long recipientId, long committeeId, boolean closed, boolean secrecy,
                              String name, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;

    ReferralStore(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    public static String organisationContext(long recipientId) {
        return "council_referral_recipient:" + recipientId + ":email";
    }

    /** An organisation recipient's address, opened. */
    public String organisationEmail(long recipientId, String sealed) {
        return seal.open(sealed, organisationContext(recipientId));
    }

    public boolean councilExists(long councilId) {
        return jdbc.sql("select count(*) > 0 from council where id = :id").param("id", councilId).query(Boolean.class).single();
    }

    public long insertReferral(long committeeId, String title, String summary, LocalDate deadline, Instant at, String by) {
        return jdbc.sql("""
                insert into council_referral (committee_id, title, summary, deadline, sent_at, sent_by)
                values (:c, :t, :s, :d, :at, :by) returning id""")
                .param("c", committeeId).param("t", title).param("s", summary).param("d", deadline)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    /** The referral's own document ({@code recipientId} null) or an answer's attachment. */
    public void insertDocument(Long referralId, Long recipientId, String fileName, byte[] content, Instant at) {
        jdbc.sql("insert into council_document (referral_id, recipient_id, file_name, content, uploaded_at) values (:r, :p, :f, :c, :at)")
                .param("r", referralId, Types.BIGINT).param("p", recipientId, Types.BIGINT).param("f", fileName)
                .param("c", content).param("at", Timestamp.from(at)).update();
    }

    /**
     * A recipient: a council, a committee, or an organisation (name and address, {@code organisationId}
     * when it is a registered one). Returns its id.
     */
    public long insertRecipient(long referralId, LocalDate deadline, Long council, Long committee, Long organisationId,
                                String orgName, String orgEmail, Language language, String tokenHash) {
        long id = jdbc.sql("""
                insert into council_referral_recipient (referral_id, council_id, committee_id, organisation_id, organisation_name,
                    language, token_hash, deadline)
                values (:r, :c, :m, :org, :o, :l, :h, :d) returning id""")
                .param("r", referralId).param("c", council, Types.BIGINT).param("m", committee, Types.BIGINT)
                .param("org", organisationId, Types.BIGINT).param("o", orgName, Types.VARCHAR).param("l", language.code())
                .param("h", tokenHash).param("d", deadline).query(Long.class).single();
        if (orgEmail != null) {
            jdbc.sql("update council_referral_recipient set organisation_email_enc = :e where id = :id")
                    .param("e", seal.seal(orgEmail, organisationContext(id))).param("id", id).update();
        }
        return id;
    }

    /** Referral summaries, newest first; one referral when {@code only} is given. */
    public List<ReferralSummary> summaries(Long only) {
        return jdbc.sql("""
                select f.id, f.committee_id, rc.name, f.title, f.deadline, f.sent_at, f.closed_at,
                       (select count(*) from council_referral_recipient r where r.referral_id = f.id),
                       (select count(*) from council_referral_recipient r where r.referral_id = f.id and r.answered_at is not null)
                from council_referral f join routing_committee rc on rc.id = f.committee_id
                where (cast(:only as bigint) is null or f.id = :only) order by f.sent_at desc""")
                .param("only", only, Types.BIGINT)
                .query((rs, n) -> new ReferralSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)),
                        rs.getInt(8), rs.getInt(9)))
                .list();
    }

    /**
     * One page of a referral's recipients in the order of their names, in one query; late means
     * unanswered after the last day, or answered on a later (Stockholm) day than the last day.
     */
    public List<RecipientRow> recipientRows(long referralId, LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                select r.id, r.council_id, r.committee_id, %s, r.deadline,
                       r.extension_asked_at, r.extension_wanted, r.extension_reason, r.extension_granted_at,
                       r.answered_at, r.case_number, r.reminded_at, r.secrecy_review,
                       case when r.answered_at is null then :today > r.deadline
                            else cast(r.answered_at at time zone :zone as date) > r.deadline end
                from council_referral_recipient r
                %s
                where r.referral_id = :r order by 4, r.id offset :o limit :n""".formatted(NAME, NAME_JOINS))
                .param("r", referralId).param("today", today).param("zone", CityTime.ZONE_ID).param("o", Math.max(0, offset)).param("n", Math.max(0, limit))
                .query((rs, n) -> new RecipientRow(rs.getLong(1), rs.getObject(2) != null ? RecipientKind.COUNCIL
                        : rs.getObject(3) != null ? RecipientKind.COMMITTEE : RecipientKind.ORGANISATION,
                        rs.getString(4), rs.getObject(5, LocalDate.class), instant(rs.getTimestamp(6)),
                        rs.getObject(7, LocalDate.class), rs.getString(8), instant(rs.getTimestamp(9)),
                        instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)), rs.getBoolean(13),
                        rs.getBoolean(14)))
                .list();
    }

    public Optional<StaffRecipient> staffRecipient(long recipientId) {
        return jdbc.sql("""
                select r.id, f.committee_id, r.deadline, r.answered_at is not null
                from council_referral_recipient r join council_referral f on f.id = r.referral_id where r.id = :id""")
                .param("id", recipientId)
                .query((rs, n) -> new StaffRecipient(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .optional();
    }

    public void grantExtension(long recipientId, LocalDate deadline, Instant at, String by) {
        jdbc.sql("""
                update council_referral_recipient set deadline = :d, extension_granted_at = :at, extension_granted_by = :by,
                reminded_at = null where id = :id""")
                .param("d", deadline).param("at", Timestamp.from(at)).param("by", by).param("id", recipientId).update();
    }

    public void secrecyReview(long recipientId, boolean review) {
        jdbc.sql("update council_referral_recipient set secrecy_review = :s where id = :id")
                .param("s", review).param("id", recipientId).update();
    }

    public Optional<Long> committeeOf(long referralId) {
        return jdbc.sql("select committee_id from council_referral where id = :id").param("id", referralId).query(Long.class).optional();
    }

    /** Closes an open referral; false when it was already closed. */
    public boolean close(long referralId, Instant at, String by) {
        return jdbc.sql("update council_referral set closed_at = :at, closed_by = :by where id = :id and closed_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("id", referralId).update() > 0;
    }

    public Optional<RecipientPage> page(String tokenHash) {
        return jdbc.sql("""
                select r.id, %s, f.title, f.summary, sc.name, r.deadline,
                       r.extension_asked_at, r.answered_at, r.case_number, f.closed_at is not null,
                       (select d.id from council_document d where d.referral_id = f.id order by d.id limit 1), r.language,
                       f.committee_id
                from council_referral_recipient r join council_referral f on f.id = r.referral_id
                join routing_committee sc on sc.id = f.committee_id
                %s
                where r.token_hash = :h""".formatted(NAME, NAME_JOINS)).param("h", tokenHash)
                .query((rs, n) -> new RecipientPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getString(9), rs.getBoolean(10), rs.getLong(11),
                        rs.getString(12), rs.getLong(13)))
                .optional();
    }

    public void askForMoreTime(long recipientId, Instant at, LocalDate wanted, String reason) {
        jdbc.sql("""
                update council_referral_recipient set extension_asked_at = :at, extension_wanted = :w, extension_reason = :r
                where id = :id""").param("at", Timestamp.from(at)).param("w", wanted)
                .param("r", reason, Types.VARCHAR).param("id", recipientId).update();
    }

    /**
     * Stores the answer unless there is one; the row lock makes a second submission in another tab
     * wait and then find the answer there. False when it was already answered.
     */
    public boolean storeAnswer(long recipientId, String answer, Instant at) {
        return jdbc.sql("update council_referral_recipient set answer = :a, answered_at = :at where id = :id and answered_at is null")
                .param("a", answer).param("at", Timestamp.from(at)).param("id", recipientId).update() > 0;
    }

    public void answerCase(long recipientId, long caseId, String caseNumber) {
        jdbc.sql("update council_referral_recipient set case_id = :c, case_number = :n where id = :id")
                .param("c", caseId).param("n", caseNumber).param("id", recipientId).update();
    }

    /** Unanswered recipients of open referrals past their last day and not yet reminded; rows another node holds are skipped. */
    public List<Long> lockDueForReminder(LocalDate today, int batch) {
        return jdbc.sql("""
                select r.id from council_referral_recipient r join council_referral f on f.id = r.referral_id
                where r.answered_at is null and r.reminded_at is null and r.deadline < :today and f.closed_at is null
                order by r.deadline, r.id limit :n for update of r skip locked""")
                .param("today", today).param("n", batch).query(Long.class).list();
    }

    public void reminded(long recipientId, Instant at) {
        jdbc.sql("update council_referral_recipient set reminded_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", recipientId).update();
    }

    /** A closed referral's answers with their attachments, except those under secrecy review. */
    public List<PublicAnswer> publicAnswers(long referralId) {
        Map<Long, List<Meetings.Document>> docs = new HashMap<>();
        jdbc.sql("""
                select d.recipient_id, d.id, d.file_name, octet_length(d.content) from council_document d
                join council_referral_recipient r on r.id = d.recipient_id
                where r.referral_id = :f and not r.secrecy_review order by d.id""").param("f", referralId)
                .query((rs, n) -> docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Meetings.Document(rs.getLong(2), rs.getString(3), rs.getInt(4)))).list();
        return jdbc.sql("""
                select r.id, %s, r.answered_at, r.answer
                from council_referral_recipient r
                %s
                where r.referral_id = :f and r.answered_at is not null and not r.secrecy_review order by 2""".formatted(NAME, NAME_JOINS))
                .param("f", referralId)
                .query((rs, n) -> new PublicAnswer(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), docs.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    public String summaryText(long referralId) {
        return jdbc.sql("select summary from council_referral where id = :id").param("id", referralId).query(String.class).single();
    }

    public long firstDocument(long referralId) {
        return jdbc.sql("select min(id) from council_document where referral_id = :id").param("id", referralId)
                .query(Long.class).single();
    }

    public Optional<DocumentRow> document(long documentId) {
        return jdbc.sql("""
                select f.id, d.recipient_id, f.committee_id, f.closed_at is not null, coalesce(r.secrecy_review, false),
                       d.file_name, d.content
                from council_document d
                left join council_referral_recipient r on r.id = d.recipient_id
                join council_referral f on f.id = coalesce(d.referral_id, r.referral_id)
                where d.id = :id""").param("id", documentId)
                .query((rs, n) -> new DocumentRow(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6), rs.getBytes(7)))
                .optional();
    }

    public long referralOf(long recipientId) {
        return jdbc.sql("select referral_id from council_referral_recipient where id = :id").param("id", recipientId)
                .query(Long.class).single();
    }

    /** A referral answer as a public record: the case, the referral, who answered, the answer. */
    public record AnswerRecord(long recipientId, long caseId, String caseNumber, String referralTitle, String recipientName,
                               String language, String answer, Instant answeredAt, boolean secrecyReview,
                               Instant receivedAt, Instant closedAt) {
    }

    /** An answer's attachment, with its bytes. */
    public record Attachment(long id, String fileName, byte[] content, Instant uploadedAt) {
    }

    private static final String ANSWER_RECORD = """
            select r.id, r.case_id, r.case_number, f.title, %s, r.language, r.answer, r.answered_at, r.secrecy_review,
                   k.received_at, k.closed_at
            from council_referral_recipient r join council_referral f on f.id = r.referral_id
            join routing_case k on k.id = r.case_id
            %s""".formatted(NAME, NAME_JOINS);

    /** The case of an answer by its case number. */
    public Optional<Long> answerCaseId(String caseNumber) {
        return jdbc.sql("select case_id from council_referral_recipient where case_number = :n and case_id is not null")
                .param("n", caseNumber).query(Long.class).optional();
    }

    public Optional<AnswerRecord> answerOfCase(long caseId) {
        return jdbc.sql(ANSWER_RECORD + "\n where r.case_id = :c and r.answered_at is not null").param("c", caseId)
                .query(ReferralStore::answerRecord).optional();
    }

    /**
     * The answers whose routing case is with the committee and was closed in {@code [from, to)}, one row at a
     * time (the caller reads each one's attachments), in case order.
     */
    public void closedAnswers(long committeeId, Instant from, Instant to, java.util.function.Consumer<AnswerRecord> each) {
        jdbc.sql(ANSWER_RECORD + "\n" + """
                 where k.kind = 'REFERRAL_ANSWER' and k.committee_id = :c and k.state = 'CLOSED'
                   and k.closed_at >= :from and k.closed_at < :to and r.answered_at is not null
                 order by r.case_id""")
                .param("c", committeeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .withFetchSize(200)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(answerRecord(rs, 0)));
    }

    public List<Attachment> attachments(long recipientId) {
        return jdbc.sql("select id, file_name, content, uploaded_at from council_document where recipient_id = :r order by id")
                .param("r", recipientId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static AnswerRecord answerRecord(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AnswerRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getBoolean(9), rs.getTimestamp(10).toInstant(),
                instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
