package se.medverka.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import se.medverka.council.MemberRole;
import se.medverka.council.Meetings.Approver;
import se.medverka.council.Meetings.Details;
import se.medverka.council.Meetings.Document;
import se.medverka.council.Meetings.Item;
import se.medverka.council.Meetings.Meeting;

/**
 * The meeting tables' SQL (meetings, agenda items with their PDFs, approvers), for the staff's,
 * the members' and the public use cases in {@code council}. Decides nothing: who may do what is
 * checked by the callers.
 */
@Component
public class MeetingStore {

    /** An agenda item's document with what decides who may read it. */
    public record DocumentRow(long councilId, boolean published, String name, byte[] content) {
    }

    /** Whether every approver has confirmed, and whether this call published the minutes. */
    public record Publication(boolean approved, boolean published) {
    }

    private static final String SELECT = """
            select id, council_id, starts_at, ends_at, place, link, approve_by, invited_at, minutes_submitted_at, published_at
            from council_meeting""";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Meeting> meeting(long meetingId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", meetingId).query(MeetingStore::row).optional();
    }

    /** A council's meetings, newest first. */
    public List<Meeting> meetings(long councilId) {
        return jdbc.sql(SELECT + " where council_id = :c order by starts_at desc").param("c", councilId)
                .query(MeetingStore::row).list();
    }

    public long insertMeeting(long councilId, Instant startsAt, Instant endsAt, String place, String link, String by) {
        return jdbc.sql("""
                insert into council_meeting (council_id, starts_at, ends_at, place, link, created_by)
                values (:c, :s, :e, :p, :l, :by) returning id""")
                .param("c", councilId).param("s", Timestamp.from(startsAt)).param("e", Timestamp.from(endsAt))
                .param("p", place, Types.VARCHAR).param("l", link, Types.VARCHAR).param("by", by)
                .query(Long.class).single();
    }

    /** The next numbered item (§) of the meeting, with its PDF when there is one. */
    public long insertItem(long meetingId, String title, String fileName, byte[] content, Instant at) {
        long id = jdbc.sql("""
                insert into council_agenda_item (meeting_id, number, title)
                values (:m, (select coalesce(max(number), 0) + 1 from council_agenda_item where meeting_id = :m), :t)
                returning id""").param("m", meetingId).param("t", title).query(Long.class).single();
        if (content != null) {
            jdbc.sql("insert into council_document (item_id, file_name, content, uploaded_at) values (:i, :f, :c, :at)")
                    .param("i", id).param("f", fileName).param("c", content).param("at", Timestamp.from(at)).update();
        }
        return id;
    }

    public Optional<Long> meetingOfItem(long itemId) {
        return jdbc.sql("select meeting_id from council_agenda_item where id = :i").param("i", itemId).query(Long.class).optional();
    }

    public void writeMinutes(long itemId, String text) {
        jdbc.sql("update council_agenda_item set minutes = :t where id = :i").param("t", text, Types.VARCHAR)
                .param("i", itemId).update();
    }

    public void invited(long meetingId, Instant at) {
        jdbc.sql("update council_meeting set invited_at = :at where id = :id").param("at", Timestamp.from(at))
                .param("id", meetingId).update();
    }

    /** Whether the meeting has items and every one has its minutes. */
    public boolean minutesComplete(long meetingId) {
        return !jdbc.sql("select count(*) = 0 or bool_or(minutes is null) from council_agenda_item where meeting_id = :m")
                .param("m", meetingId).query(Boolean.class).single();
    }

    /** The council's members' ids, chairs first. */
    public List<Long> members(long councilId, boolean chairsOnly) {
        return jdbc.sql("""
                select id from council_member where council_id = :c and (not :chairs or role = 'CHAIR')
                order by case role when 'CHAIR' then 0 else 1 end, id""")
                .param("c", councilId).param("chairs", chairsOnly).query(Long.class).list();
    }

    public void submitMinutes(long meetingId, Iterable<Long> approvers, LocalDate approveBy, Instant at) {
        for (long member : approvers) {
            jdbc.sql("insert into council_approver (meeting_id, member_id) values (:m, :a)")
                    .param("m", meetingId).param("a", member).update();
        }
        jdbc.sql("update council_meeting set minutes_submitted_at = :at, approve_by = :by where id = :id")
                .param("at", Timestamp.from(at)).param("by", approveBy).param("id", meetingId).update();
    }

    /** The member's id in the council of the person, if they are one. */
    public Optional<Long> memberId(long councilId, long personId) {
        return jdbc.sql("select id from council_member where council_id = :c and person_id = :p")
                .param("c", councilId).param("p", personId).query(Long.class).optional();
    }

    /** Records an approver's confirmation; false when they are not an approver or already confirmed. */
    public boolean confirm(long meetingId, long memberId, Instant at) {
        return jdbc.sql("""
                update council_approver set confirmed_at = :at
                where meeting_id = :m and member_id = :a and confirmed_at is null""")
                .param("at", Timestamp.from(at)).param("m", meetingId).param("a", memberId).update() > 0;
    }

    /**
     * Publishes the minutes if every approver has confirmed; the row lock on the meeting orders two
     * simultaneous last confirmations.
     */
    public Publication publishIfApproved(long meetingId, Instant at) {
        jdbc.sql("select id from council_meeting where id = :id for update").param("id", meetingId).query(Long.class).single();
        boolean all = jdbc.sql("select bool_and(confirmed_at is not null) from council_approver where meeting_id = :m")
                .param("m", meetingId).query(Boolean.class).single();
        boolean published = all && jdbc.sql("update council_meeting set published_at = :at where id = :id and published_at is null")
                .param("at", Timestamp.from(at)).param("id", meetingId).update() > 0;
        return new Publication(all, published);
    }

    public Optional<DocumentRow> document(long documentId) {
        return jdbc.sql("""
                select m.council_id, m.published_at is not null, d.file_name, d.content
                from council_document d join council_agenda_item i on i.id = d.item_id
                join council_meeting m on m.id = i.meeting_id where d.id = :id""").param("id", documentId)
                .query((rs, n) -> new DocumentRow(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** The meeting with its agenda (documents per item) and approvers, chairs first. */
    public Details details(Meeting m) {
        Map<Long, List<Document>> byItem = new HashMap<>();
        jdbc.sql("""
                select d.item_id, d.id, d.file_name, octet_length(d.content) from council_document d
                join council_agenda_item i on i.id = d.item_id where i.meeting_id = :m order by d.id""")
                .param("m", m.id())
                .query((rs, n) -> byItem.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Document(rs.getLong(2), rs.getString(3), rs.getInt(4))))
                .list();
        List<Item> items = jdbc.sql("select id, number, title, minutes from council_agenda_item where meeting_id = :m order by number")
                .param("m", m.id())
                .query((rs, n) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        byItem.getOrDefault(rs.getLong(1), List.of())))
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

    private static Meeting row(ResultSet rs, int n) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
