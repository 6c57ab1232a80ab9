package se.medverka.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.MeetingInvitationSent;
import se.medverka.council.internal.Pdfs;
import se.medverka.shared.security.CurrentStaff;

/**
 * Meetings (sammanträden): staff set the date, the place or link and the numbered agenda (§) with
 * PDF documents, send the invitation (mail with an iCalendar file), write the minutes item by item
 * and name who approves them (the chair always does). Each approver confirms in the portal; the
 * minutes are public on the council's page only when every approver has confirmed, with who and when.
 */
@Service
@Transactional
public class Meetings {

    static final int MAX_TEXT = 20_000;

    public record NewMeeting(Instant startsAt, Instant endsAt, String place, String link) {
    }

    public record Meeting(long id, long councilId, Instant startsAt, Instant endsAt, String place, String link,
                          LocalDate approveBy, Instant invitedAt, Instant minutesSubmittedAt, Instant publishedAt) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    public record Document(long id, String fileName, int size) {
    }

    public record Item(long id, int number, String title, String minutes, List<Document> documents) {
    }

    public record Approver(long memberId, String name, MemberRole role, Instant confirmedAt) {
    }

    /** A meeting with its agenda, minutes and approvers. */
    public record Details(Meeting meeting, List<Item> items, List<Approver> approvers) {
        public boolean approved() {
            return !approvers.isEmpty() && approvers.stream().allMatch(a -> a.confirmedAt() != null);
        }
    }

    public record File(String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Councils councils;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pdfs pdfs;

    Meetings(JdbcClient jdbc, Councils councils, CurrentStaff staff, AuditLog audit, ApplicationEventPublisher events,
             Clock clock, Pdfs pdfs) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.pdfs = pdfs;
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long create(long councilId, NewMeeting m) {
        councils.requireStaff(councilId);
        if (m.startsAt() == null || m.endsAt() == null) {
            throw new CouncilException("council.meeting.time.error.required");
        }
        if (!m.endsAt().isAfter(m.startsAt())) {
            throw new CouncilException("council.meeting.time.error.order");
        }
        String place = Councils.strip(m.place());
        String link = Councils.strip(m.link());
        if (place == null && link == null) {
            throw new CouncilException("council.meeting.place.error.required");
        }
        if (link != null && !link.matches("https://\\S{3,500}")) {
            throw new CouncilException("council.meeting.link.error.invalid");
        }
        if (place != null && place.length() > 500) {
            throw new CouncilException("council.meeting.place.error.long");
        }
        long id = jdbc.sql("""
                insert into council_meeting (council_id, starts_at, ends_at, place, link, created_by)
                values (:c, :s, :e, :p, :l, :by) returning id""")
                .param("c", councilId).param("s", Timestamp.from(m.startsAt())).param("e", Timestamp.from(m.endsAt()))
                .param("p", place, java.sql.Types.VARCHAR).param("l", link, java.sql.Types.VARCHAR).param("by", staff.actor())
                .query(Long.class).single();
        audit.record(staff.actor(), "COUNCIL_MEETING_CREATED", "council_meeting", String.valueOf(id), null);
        return id;
    }

    /** Adds the next numbered item (§), optionally with a PDF; refused once the minutes are submitted. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long addItem(long meetingId, String title, File document) {
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        String t = Councils.strip(title);
        if (t == null) {
            throw new CouncilException("council.item.title.error.required");
        }
        if (t.length() > 500) {
            throw new CouncilException("council.item.title.error.long");
        }
        String fileName = document == null ? null : pdfs.check(document.fileName(), document.content());
        long id = jdbc.sql("""
                insert into council_agenda_item (meeting_id, number, title)
                values (:m, (select coalesce(max(number), 0) + 1 from council_agenda_item where meeting_id = :m), :t)
                returning id""").param("m", meetingId).param("t", t).query(Long.class).single();
        if (document != null) {
            jdbc.sql("insert into council_document (item_id, file_name, content, uploaded_at) values (:i, :f, :c, :at)")
                    .param("i", id).param("f", fileName).param("c", document.content())
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        return id;
    }

    /** Writes an item's minutes; refused once submitted for approval. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void writeMinutes(long itemId, String text) {
        long meetingId = jdbc.sql("select meeting_id from council_agenda_item where id = :i").param("i", itemId)
                .query(Long.class).optional().orElseThrow(() -> new CouncilException("council.error.notfound"));
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        String t = Councils.strip(text);
        if (t != null && t.length() > MAX_TEXT) {
            throw new CouncilException("council.minutes.text.error.long");
        }
        jdbc.sql("update council_agenda_item set minutes = :t where id = :i").param("t", t, java.sql.Types.VARCHAR)
                .param("i", itemId).update();
    }

    /** Mails the invitation, with the agenda and an iCalendar file, to every member in their language. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void sendInvitation(long meetingId) {
        Meeting m = staffMeeting(meetingId);
        if (!m.startsAt().isAfter(clock.instant())) {
            throw new CouncilException("council.meeting.invite.error.past");
        }
        jdbc.sql("update council_meeting set invited_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("id", meetingId).update();
        audit.record(staff.actor(), "COUNCIL_MEETING_INVITED", "council_meeting", String.valueOf(meetingId), null);
        events.publishEvent(new MeetingInvitationSent(meetingId));
    }

    /**
     * Submits the minutes for approval by the chair(s) and the named members, by a date. Every item
     * must have its minutes; the approvers must be members of the council.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void submitMinutes(long meetingId, List<Long> approverMemberIds, LocalDate approveBy) {
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        boolean empty = jdbc.sql("""
                select count(*) = 0 or bool_or(minutes is null) from council_agenda_item where meeting_id = :m""")
                .param("m", meetingId).query(Boolean.class).single();
        if (empty) {
            throw new CouncilException("council.minutes.error.incomplete");
        }
        if (approveBy == null) {
            throw new CouncilException("council.minutes.approveby.error.required");
        }
        List<Long> chairs = jdbc.sql("select id from council_member where council_id = :c and role = 'CHAIR'")
                .param("c", m.councilId()).query(Long.class).list();
        List<Long> members = jdbc.sql("select id from council_member where council_id = :c")
                .param("c", m.councilId()).query(Long.class).list();
        java.util.Set<Long> approvers = new java.util.LinkedHashSet<>(chairs);
        approvers.addAll(approverMemberIds);
        if (!members.containsAll(approvers)) {
            throw new CouncilException("council.error.notfound");
        }
        if (approvers.size() < 2) {
            throw new CouncilException("council.minutes.approvers.error.required");
        }
        for (long member : approvers) {
            jdbc.sql("insert into council_approver (meeting_id, member_id) values (:m, :a)")
                    .param("m", meetingId).param("a", member).update();
        }
        jdbc.sql("update council_meeting set minutes_submitted_at = :at, approve_by = :by where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", approveBy).param("id", meetingId).update();
        audit.record(staff.actor(), "COUNCIL_MINUTES_SUBMITTED", "council_meeting", String.valueOf(meetingId), null);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Meeting> forStaff(long councilId) {
        councils.requireStaff(councilId);
        return meetings(councilId, false);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Details> detailsForStaff(long meetingId) {
        Optional<Meeting> m = meeting(meetingId);
        m.ifPresent(x -> councils.requireStaff(x.councilId()));
        return m.map(this::details);
    }

    /** The meetings of a council the signed-in member belongs to (another council's: none). */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public List<Meeting> forMember(long councilId) {
        requireMember(councilId);
        return meetings(councilId, false);
    }

    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Details> detailsForMember(long meetingId) {
        return meeting(meetingId).filter(m -> memberId(m.councilId()).isPresent()).map(this::details);
    }

    /**
     * The signed-in member confirms the minutes (justerar). When the last approver has confirmed,
     * the minutes are published; both are in the audit trail.
     */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    public boolean approve(long meetingId) {
        Meeting m = meeting(meetingId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        long member = memberId(m.councilId()).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (m.minutesSubmittedAt() == null) {
            throw new CouncilException("council.approve.error.notsubmitted");
        }
        int updated = jdbc.sql("""
                update council_approver set confirmed_at = :at
                where meeting_id = :m and member_id = :a and confirmed_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("m", meetingId).param("a", member).update();
        if (updated == 0) {
            throw new CouncilException("council.approve.error.notapprover");
        }
        audit.record("rad:" + CurrentMember.require(), "COUNCIL_MINUTES_APPROVED", "council_meeting", String.valueOf(meetingId),
                "member " + member);
        // The last confirmation publishes; the row lock on the meeting orders two simultaneous ones.
        jdbc.sql("select id from council_meeting where id = :id for update").param("id", meetingId).query(Long.class).single();
        boolean all = jdbc.sql("select bool_and(confirmed_at is not null) from council_approver where meeting_id = :m")
                .param("m", meetingId).query(Boolean.class).single();
        if (all) {
            int published = jdbc.sql("update council_meeting set published_at = :at where id = :id and published_at is null")
                    .param("at", Timestamp.from(clock.instant())).param("id", meetingId).update();
            if (published > 0) {
                audit.record("rad:" + CurrentMember.require(), "COUNCIL_MINUTES_PUBLISHED", "council_meeting",
                        String.valueOf(meetingId), null);
            }
        }
        return all;
    }

    /** The meetings on the public page: all of them, minutes only once approved. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Meeting> publicMeetings(long councilId) {
        return meetings(councilId, false);
    }

    /** A meeting's approved minutes, publicly; nothing before every approver has confirmed. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Details> publishedMinutes(long meetingId) {
        return meeting(meetingId).filter(Meeting::published).map(this::details);
    }

    /**
     * A document of an agenda item: for the council's staff and members, and for anyone once the
     * meeting's minutes are published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<File> document(long documentId) {
        record Row(long councilId, boolean published, String name, byte[] content) { }
        return jdbc.sql("""
                select m.council_id, m.published_at is not null, d.file_name, d.content
                from council_document d join council_agenda_item i on i.id = d.item_id
                join council_meeting m on m.id = i.meeting_id where d.id = :id""").param("id", documentId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getBytes(4)))
                .optional()
                .filter(r -> r.published() || mayReadUnpublished(r.councilId()))
                .map(r -> new File(r.name(), r.content()));
    }

    private boolean mayReadUnpublished(long councilId) {
        if (CurrentMember.personId().isPresent()) {
            return memberId(councilId).isPresent();
        }
        try {
            councils.requireStaff(councilId);
            return staff.username().isPresent();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    Optional<Meeting> meeting(long meetingId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", meetingId).query(Meetings::row).optional();
    }

    private Meeting staffMeeting(long meetingId) {
        Meeting m = meeting(meetingId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        councils.requireStaff(m.councilId());
        return m;
    }

    private void requireMember(long councilId) {
        if (memberId(councilId).isEmpty()) {
            throw new AccessDeniedException("not a member of this council");
        }
    }

    private Optional<Long> memberId(long councilId) {
        Optional<Long> person = CurrentMember.personId();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from council_member where council_id = :c and person_id = :p")
                .param("c", councilId).param("p", person.get()).query(Long.class).optional();
    }

    private static final String SELECT = """
            select id, council_id, starts_at, ends_at, place, link, approve_by, invited_at, minutes_submitted_at, published_at
            from council_meeting""";

    private List<Meeting> meetings(long councilId, boolean publishedOnly) {
        return jdbc.sql(SELECT + " where council_id = :c and (not :p or published_at is not null) order by starts_at desc")
                .param("c", councilId).param("p", publishedOnly).query(Meetings::row).list();
    }

    private static Meeting row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Details details(Meeting m) {
        List<Document> docs = List.of();
        var byItem = new java.util.HashMap<Long, List<Document>>();
        jdbc.sql("""
                select d.item_id, d.id, d.file_name, octet_length(d.content) from council_document d
                join council_agenda_item i on i.id = d.item_id where i.meeting_id = :m order by d.id""")
                .param("m", m.id())
                .query((rs, n) -> {
                    byItem.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new Document(rs.getLong(2), rs.getString(3), rs.getInt(4)));
                    return null;
                }).list();
        List<Item> items = jdbc.sql("select id, number, title, minutes from council_agenda_item where meeting_id = :m order by number")
                .param("m", m.id())
                .query((rs, n) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        byItem.getOrDefault(rs.getLong(1), docs)))
                .list();
        List<Approver> approvers = jdbc.sql("""
                select a.member_id, cm.name, cm.role, a.confirmed_at from council_approver a
                join council_member cm on cm.id = a.member_id where a.meeting_id = :m
                order by case cm.role when 'CHAIR' then 0 else 1 end, cm.name""")
                .param("m", m.id())
                .query((rs, n) -> new Approver(rs.getLong(1), rs.getString(2), MemberRole.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4))))
                .list();
        return new Details(m, items, approvers);
    }
}
