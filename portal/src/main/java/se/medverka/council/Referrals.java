package se.medverka.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.AnswerOverdue;
import se.medverka.council.CouncilEvents.AnswerReceived;
import se.medverka.council.CouncilEvents.ExtensionGranted;
import se.medverka.council.CouncilEvents.ReferralRecipientAdded;
import se.medverka.council.internal.Pdfs;
import se.medverka.council.internal.Tokens;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.security.StaffRole;

/**
 * Referrals (remisser). Staff of a committee send a document to councils, committees and registered
 * organisations with a last day; each recipient gets a link (only its hash is stored) through which
 * it asks for more time and answers with PDF attachments. Staff of the sending committee grant a new
 * last day (recorded), see who answered, asked or is late, mark answers for secrecy review and close
 * the referral, which publishes it with its answers except those under review. Every answer is a
 * case of the sending committee, its number mailed back as the receipt; a recipient past its last
 * day gets one reminder per last day ({@code internal.ReferralReminderJob}).
 */
@Service
@Transactional
public class Referrals {

    static final int MAX_TEXT = 50_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Organisation(String name, String email, Language language) {
    }

    public record NewReferral(long committeeId, String title, String summary, LocalDate deadline,
                              List<Long> councilIds, List<Long> committeeIds, List<Organisation> organisations,
                              Meetings.File document) {
    }

    public enum RecipientKind { COUNCIL, COMMITTEE, ORGANISATION }

    public record ReferralSummary(long id, long committeeId, String committeeName, String title, LocalDate deadline,
                                  Instant sentAt, Instant closedAt, int recipients, int answered) {
    }

    /** One line of the staff overview. */
    public record RecipientRow(long id, RecipientKind kind, String name, LocalDate deadline, Instant extensionAskedAt,
                               LocalDate extensionWanted, String extensionReason, Instant extensionGrantedAt,
                               Instant answeredAt, String caseNumber, Instant remindedAt, boolean secrecyReview,
                               boolean late) {
    }

    public record Overview(ReferralSummary referral, List<RecipientRow> recipients) {
    }

    /** What a recipient sees through its link. */
    public record RecipientPage(long recipientId, String recipientName, String title, String summary,
                                String committeeName, LocalDate deadline, Instant extensionAskedAt,
                                Instant answeredAt, String caseNumber, boolean closed, long documentId, String language) {
    }

    public record PublicAnswer(long recipientId, String recipientName, Instant answeredAt, String answer,
                               List<Meetings.Document> attachments) {
    }

    public record PublicReferral(ReferralSummary referral, String summary, long documentId, List<PublicAnswer> answers) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff staff;
    private final RoutingRegister register;
    private final Cases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pdfs pdfs;
    private final PersonalDataSeal seal;
    private final AbuseLimits limits;

    Referrals(JdbcClient jdbc, CurrentStaff staff, RoutingRegister register, Cases cases, AuditLog audit,
              ApplicationEventPublisher events, Clock clock, Pdfs pdfs, PersonalDataSeal seal, AbuseLimits limits) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.register = register;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.pdfs = pdfs;
        this.seal = seal;
        this.limits = limits;
    }

    /** Sends a referral, wholly or not at all: no recipient, no document or a past last day is refused. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long send(NewReferral r) {
        if (!staff.mayActFor(StaffRole.HANDLER, r.committeeId()) || register.committee(r.committeeId()).isEmpty()) {
            throw new CouncilException("council.edit.committee.error.notyours");
        }
        String title = Councils.strip(r.title());
        String summary = Councils.strip(r.summary());
        if (title == null || title.length() > 500) {
            throw new CouncilException("council.referral.title.error.required");
        }
        if (summary == null || summary.length() > MAX_TEXT) {
            throw new CouncilException("council.referral.summary.error.required");
        }
        if (r.deadline() == null || !r.deadline().isAfter(today())) {
            throw new CouncilException("council.referral.deadline.error.future");
        }
        var councilIds = new LinkedHashSet<>(r.councilIds() == null ? List.<Long>of() : r.councilIds());
        var committeeIds = new LinkedHashSet<>(r.committeeIds() == null ? List.<Long>of() : r.committeeIds());
        List<Organisation> organisations = r.organisations() == null ? List.of() : r.organisations();
        if (councilIds.isEmpty() && committeeIds.isEmpty() && organisations.isEmpty()) {
            throw new CouncilException("council.referral.recipients.error.required");
        }
        for (Organisation o : organisations) {
            String email = Councils.strip(o.email());
            if (Councils.strip(o.name()) == null || Councils.strip(o.name()).length() > 200
                    || email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw new CouncilException("council.referral.organisation.error.invalid");
            }
        }
        if (r.document() == null) {
            throw new CouncilException("council.referral.document.error.required");
        }
        String fileName = pdfs.check(r.document().fileName(), r.document().content());
        for (long council : councilIds) {
            if (jdbc.sql("select count(*) = 0 from council where id = :id").param("id", council).query(Boolean.class).single()) {
                throw new CouncilException("council.error.notfound");
            }
        }
        for (long committee : committeeIds) {
            if (register.committee(committee).isEmpty()) {
                throw new CouncilException("council.error.notfound");
            }
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into council_referral (committee_id, title, summary, deadline, sent_at, sent_by)
                values (:c, :t, :s, :d, :at, :by) returning id""")
                .param("c", r.committeeId()).param("t", title).param("s", summary).param("d", r.deadline())
                .param("at", Timestamp.from(now)).param("by", staff.actor()).query(Long.class).single();
        jdbc.sql("insert into council_document (referral_id, file_name, content, uploaded_at) values (:r, :f, :c, :at)")
                .param("r", id).param("f", fileName).param("c", r.document().content()).param("at", Timestamp.from(now)).update();
        for (long council : councilIds) {
            addRecipient(id, r.deadline(), council, null, null, null, Language.SV);
        }
        for (long committee : committeeIds) {
            addRecipient(id, r.deadline(), null, committee, null, null, Language.SV);
        }
        for (Organisation o : organisations) {
            addRecipient(id, r.deadline(), null, null, o.name().strip(), o.email().strip(),
                    o.language() == null ? Language.SV : o.language());
        }
        audit.record(staff.actor(), "REFERRAL_SENT", "council_referral", String.valueOf(id),
                (councilIds.size() + committeeIds.size() + organisations.size()) + " recipients");
        return id;
    }

    private void addRecipient(long referralId, LocalDate deadline, Long council, Long committee, String orgName,
                              String orgEmail, Language language) {
        String token = Tokens.create();
        long id = jdbc.sql("""
                insert into council_referral_recipient (referral_id, council_id, committee_id, organisation_name, language, token_hash, deadline)
                values (:r, :c, :m, :o, :l, :h, :d) returning id""")
                .param("r", referralId).param("c", council, java.sql.Types.BIGINT).param("m", committee, java.sql.Types.BIGINT)
                .param("o", orgName, java.sql.Types.VARCHAR).param("l", language.code()).param("h", Tokens.hash(token))
                .param("d", deadline).query(Long.class).single();
        if (orgEmail != null) {
            jdbc.sql("update council_referral_recipient set organisation_email_enc = :e where id = :id")
                    .param("e", seal.seal(orgEmail, organisationContext(id))).param("id", id).update();
        }
        events.publishEvent(new ReferralRecipientAdded(id, token));
    }

    static String organisationContext(long recipientId) {
        return "council_referral_recipient:" + recipientId + ":email";
    }

    /** Referrals sent by the person's committees (administrators: all), newest first. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> forStaff() {
        return summaries(null).stream().filter(r -> staff.mayActFor(StaffRole.HANDLER, r.committeeId())).toList();
    }

    /**
     * Who answered, who asked for more time, who is late: for the sending committee's staff only
     * (another committee's staff do not see its unpublished answers). One query for the rows.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Overview> overview(long referralId) {
        Optional<ReferralSummary> summary = summaries(referralId).stream().findFirst()
                .filter(r -> staff.mayActFor(StaffRole.HANDLER, r.committeeId()));
        LocalDate today = today();
        return summary.map(s -> new Overview(s, jdbc.sql("""
                select r.id, r.council_id, r.committee_id, coalesce(r.organisation_name, cn.name, rc.name), r.deadline,
                       r.extension_asked_at, r.extension_wanted, r.extension_reason, r.extension_granted_at,
                       r.answered_at, r.case_number, r.reminded_at, r.secrecy_review
                from council_referral_recipient r
                left join council_name cn on cn.council_id = r.council_id and cn.language = 'sv'
                left join routing_committee rc on rc.id = r.committee_id
                where r.referral_id = :r order by 4""").param("r", referralId)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(5, LocalDate.class);
                    Instant answered = Meetings.instant(rs.getTimestamp(10));
                    RecipientKind kind = rs.getObject(2) != null ? RecipientKind.COUNCIL
                            : rs.getObject(3) != null ? RecipientKind.COMMITTEE : RecipientKind.ORGANISATION;
                    return new RecipientRow(rs.getLong(1), kind, rs.getString(4), deadline,
                            Meetings.instant(rs.getTimestamp(6)), rs.getObject(7, LocalDate.class), rs.getString(8),
                            Meetings.instant(rs.getTimestamp(9)), answered, rs.getString(11),
                            Meetings.instant(rs.getTimestamp(12)), rs.getBoolean(13),
                            answered == null ? today.isAfter(deadline) : answered.atZone(Councils.CITY).toLocalDate().isAfter(deadline));
                }).list()));
    }

    /** Grants a recipient a new last day (after the current one); recorded, and mailed to the recipient. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void grantExtension(long recipientId, LocalDate newDeadline) {
        Recipient r = staffRecipient(recipientId);
        if (r.answered()) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        if (newDeadline == null || !newDeadline.isAfter(r.deadline()) || !newDeadline.isAfter(today())) {
            throw new CouncilException("council.referral.extension.error.date");
        }
        jdbc.sql("""
                update council_referral_recipient set deadline = :d, extension_granted_at = :at, extension_granted_by = :by,
                reminded_at = null where id = :id""")
                .param("d", newDeadline).param("at", Timestamp.from(clock.instant())).param("by", staff.actor())
                .param("id", recipientId).update();
        audit.record(staff.actor(), "REFERRAL_EXTENSION_GRANTED", "council_referral_recipient", String.valueOf(recipientId),
                r.deadline() + " -> " + newDeadline);
        events.publishEvent(new ExtensionGranted(recipientId));
    }

    /** Marks (or unmarks) an answer for secrecy review: it is not published until staff decide. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void markForSecrecyReview(long recipientId, boolean review) {
        staffRecipient(recipientId);
        jdbc.sql("update council_referral_recipient set secrecy_review = :s where id = :id")
                .param("s", review).param("id", recipientId).update();
        audit.record(staff.actor(), review ? "REFERRAL_ANSWER_SECRECY_REVIEW" : "REFERRAL_ANSWER_SECRECY_CLEARED",
                "council_referral_recipient", String.valueOf(recipientId), null);
    }

    /** Closes a referral: it and its answers (except those under secrecy review) become public. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void close(long referralId) {
        long committee = jdbc.sql("select committee_id from council_referral where id = :id").param("id", referralId)
                .query(Long.class).optional().orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (!staff.mayActFor(StaffRole.HANDLER, committee)) {
            throw new AccessDeniedException("not your committee's referral");
        }
        int closed = jdbc.sql("update council_referral set closed_at = :at, closed_by = :by where id = :id and closed_at is null")
                .param("at", Timestamp.from(clock.instant())).param("by", staff.actor()).param("id", referralId).update();
        if (closed == 0) {
            throw new CouncilException("council.referral.error.closed");
        }
        audit.record(staff.actor(), "REFERRAL_CLOSED", "council_referral", String.valueOf(referralId), null);
    }

    /** What a recipient's link shows; an unknown link shows nothing. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RecipientPage> byLink(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.id, coalesce(r.organisation_name, cn.name, rc.name), f.title, f.summary, sc.name, r.deadline,
                       r.extension_asked_at, r.answered_at, r.case_number, f.closed_at is not null,
                       (select d.id from council_document d where d.referral_id = f.id order by d.id limit 1), r.language
                from council_referral_recipient r join council_referral f on f.id = r.referral_id
                join routing_committee sc on sc.id = f.committee_id
                left join council_name cn on cn.council_id = r.council_id and cn.language = 'sv'
                left join routing_committee rc on rc.id = r.committee_id
                where r.token_hash = :h""").param("h", Tokens.hash(token))
                .query((rs, n) -> new RecipientPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), Meetings.instant(rs.getTimestamp(7)),
                        Meetings.instant(rs.getTimestamp(8)), rs.getString(9), rs.getBoolean(10), rs.getLong(11),
                        rs.getString(12)))
                .optional();
    }

    /** The recipient asks for more time (anstånd): a wished date and a reason, for staff to decide. */
    @PreAuthorize("permitAll()")
    public void askForMoreTime(String token, LocalDate wanted, String reason, String clientAddress) {
        RecipientPage page = byLink(token).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (page.closed() || page.answeredAt() != null) {
            throw new CouncilException("council.referral.error.closed");
        }
        String why = Councils.strip(reason);
        if (wanted == null || !wanted.isAfter(page.deadline())) {
            throw new CouncilException("council.referral.extension.error.date");
        }
        if (why != null && why.length() > 2000) {
            throw new CouncilException("council.referral.extension.reason.error.long");
        }
        limits.take(Limit.REFERRAL_ANSWER, clientAddress);
        jdbc.sql("""
                update council_referral_recipient set extension_asked_at = :at, extension_wanted = :w, extension_reason = :r
                where id = :id""").param("at", Timestamp.from(clock.instant())).param("w", wanted)
                .param("r", why, java.sql.Types.VARCHAR).param("id", page.recipientId()).update();
        audit.record("remiss:" + page.recipientId(), "REFERRAL_EXTENSION_ASKED", "council_referral_recipient",
                String.valueOf(page.recipientId()), String.valueOf(wanted));
    }

    /**
     * The recipient's answer (yttrande) with PDF attachments: refused after the last day unless an
     * extension moved it, or when an attachment is not a PDF or too large; otherwise stored and
     * opened as a case of the sending committee in one transaction, its number mailed as the receipt.
     */
    @PreAuthorize("permitAll()")
    public CaseRef answer(String token, String text, List<Meetings.File> attachments, String clientAddress) {
        RecipientPage page = byLink(token).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (page.closed()) {
            throw new CouncilException("council.referral.error.closed");
        }
        if (page.answeredAt() != null) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        if (today().isAfter(page.deadline())) {
            throw new CouncilException("council.referral.answer.error.late");
        }
        String answer = Councils.strip(text);
        if (answer == null) {
            throw new CouncilException("council.referral.answer.error.required");
        }
        if (answer.length() > MAX_TEXT) {
            throw new CouncilException("council.referral.answer.error.long");
        }
        List<String> names = new ArrayList<>();
        for (Meetings.File f : attachments == null ? List.<Meetings.File>of() : attachments) {
            names.add(pdfs.check(f.fileName(), f.content()));
        }
        limits.take(Limit.REFERRAL_ANSWER, clientAddress);
        long committee = jdbc.sql("""
                select f.committee_id from council_referral f join council_referral_recipient r on r.referral_id = f.id
                where r.id = :id""").param("id", page.recipientId()).query(Long.class).single();
        // The row lock makes a second submission in another tab wait and then find the answer there.
        int updated = jdbc.sql("""
                update council_referral_recipient set answer = :a, answered_at = :at where id = :id and answered_at is null""")
                .param("a", answer).param("at", Timestamp.from(clock.instant())).param("id", page.recipientId()).update();
        if (updated == 0) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        CaseRef ref = cases.open(new NewCase(CaseKind.REFERRAL_ANSWER, "referral-recipient:" + page.recipientId(),
                null, null, committee, page.language()));
        jdbc.sql("update council_referral_recipient set case_id = :c, case_number = :n where id = :id")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("id", page.recipientId()).update();
        List<Meetings.File> files = attachments == null ? List.of() : attachments;
        for (int i = 0; i < files.size(); i++) {
            jdbc.sql("insert into council_document (recipient_id, file_name, content, uploaded_at) values (:r, :f, :c, :at)")
                    .param("r", page.recipientId()).param("f", names.get(i)).param("c", files.get(i).content())
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        audit.record("remiss:" + page.recipientId(), "REFERRAL_ANSWERED", "council_referral_recipient",
                String.valueOf(page.recipientId()), ref.caseNumber());
        events.publishEvent(new AnswerReceived(page.recipientId()));
        return ref;
    }

    /**
     * Reminds recipients whose last day has passed without an answer, once per last day, at most
     * {@code batch} at a time; rows another node is reminding are skipped. Returns how many.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int remindOverdue(int batch) {
        List<Long> due = jdbc.sql("""
                select r.id from council_referral_recipient r join council_referral f on f.id = r.referral_id
                where r.answered_at is null and r.reminded_at is null and r.deadline < :today and f.closed_at is null
                order by r.deadline, r.id limit :n for update of r skip locked""")
                .param("today", today()).param("n", batch).query(Long.class).list();
        for (long id : due) {
            jdbc.sql("update council_referral_recipient set reminded_at = :at where id = :id")
                    .param("at", Timestamp.from(clock.instant())).param("id", id).update();
            events.publishEvent(new AnswerOverdue(id));
        }
        return due.size();
    }

    /** Closed referrals, newest first, for the public list. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ReferralSummary> published() {
        return summaries(null).stream().filter(r -> r.closedAt() != null).toList();
    }

    /** A closed referral with its answers, except those under secrecy review. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicReferral> publishedReferral(long referralId) {
        return summaries(referralId).stream().filter(r -> r.closedAt() != null).findFirst().map(s -> {
            var docs = new java.util.HashMap<Long, List<Meetings.Document>>();
            jdbc.sql("""
                    select d.recipient_id, d.id, d.file_name, octet_length(d.content) from council_document d
                    join council_referral_recipient r on r.id = d.recipient_id
                    where r.referral_id = :f and not r.secrecy_review order by d.id""").param("f", referralId)
                    .query((rs, n) -> docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Meetings.Document(rs.getLong(2), rs.getString(3), rs.getInt(4)))).list();
            List<PublicAnswer> answers = jdbc.sql("""
                    select r.id, coalesce(r.organisation_name, cn.name, rc.name), r.answered_at, r.answer
                    from council_referral_recipient r
                    left join council_name cn on cn.council_id = r.council_id and cn.language = 'sv'
                    left join routing_committee rc on rc.id = r.committee_id
                    where r.referral_id = :f and r.answered_at is not null and not r.secrecy_review order by 2""")
                    .param("f", referralId)
                    .query((rs, n) -> new PublicAnswer(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4), docs.getOrDefault(rs.getLong(1), List.of())))
                    .list();
            String summary = jdbc.sql("select summary from council_referral where id = :id").param("id", referralId)
                    .query(String.class).single();
            long doc = jdbc.sql("select min(id) from council_document where referral_id = :id").param("id", referralId)
                    .query(Long.class).single();
            return new PublicReferral(s, summary, doc, answers);
        });
    }

    /**
     * A referral's document or an answer's attachment: public once the referral is closed (and the
     * answer not under secrecy review), to the sending committee's staff always, and to a recipient
     * through its own link.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Meetings.File> document(long documentId, String token) {
        record Row(long referralId, Long recipientId, long committeeId, boolean closed, boolean secrecy, String name, byte[] content) { }
        Optional<Row> row = jdbc.sql("""
                select f.id, d.recipient_id, f.committee_id, f.closed_at is not null, coalesce(r.secrecy_review, false),
                       d.file_name, d.content
                from council_document d
                left join council_referral_recipient r on r.id = d.recipient_id
                join council_referral f on f.id = coalesce(d.referral_id, r.referral_id)
                where d.id = :id""").param("id", documentId)
                .query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6), rs.getBytes(7)))
                .optional();
        return row.filter(r -> (r.closed() && !r.secrecy())
                        || staff.username().isPresent() && staff.mayActFor(StaffRole.HANDLER, r.committeeId())
                        || token != null && byLink(token).filter(p -> r.recipientId() == null
                                ? referralOf(p.recipientId()) == r.referralId() : p.recipientId() == r.recipientId()).isPresent())
                .map(r -> new Meetings.File(r.name(), r.content()));
    }

    private long referralOf(long recipientId) {
        return jdbc.sql("select referral_id from council_referral_recipient where id = :id").param("id", recipientId)
                .query(Long.class).single();
    }

    private record Recipient(long id, long committeeId, LocalDate deadline, boolean answered) {
    }

    private Recipient staffRecipient(long recipientId) {
        Recipient r = jdbc.sql("""
                select r.id, f.committee_id, r.deadline, r.answered_at is not null
                from council_referral_recipient r join council_referral f on f.id = r.referral_id where r.id = :id""")
                .param("id", recipientId)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .optional().orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (!staff.mayActFor(StaffRole.HANDLER, r.committeeId())) {
            throw new AccessDeniedException("not your committee's referral");
        }
        return r;
    }

    private List<ReferralSummary> summaries(Long only) {
        return jdbc.sql("""
                select f.id, f.committee_id, rc.name, f.title, f.deadline, f.sent_at, f.closed_at,
                       (select count(*) from council_referral_recipient r where r.referral_id = f.id),
                       (select count(*) from council_referral_recipient r where r.referral_id = f.id and r.answered_at is not null)
                from council_referral f join routing_committee rc on rc.id = f.committee_id
                where (cast(:only as bigint) is null or f.id = :only) order by f.sent_at desc""")
                .param("only", only, java.sql.Types.BIGINT)
                .query((rs, n) -> new ReferralSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(), Meetings.instant(rs.getTimestamp(7)),
                        rs.getInt(8), rs.getInt(9)))
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Councils.CITY));
    }
}
