package se.medverka.dialogue;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/** What follow-up may know of dialogues, like {@code complaint.ComplaintFigures}: counts, nothing of a person. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
public class DialogueFigures {

    private final JdbcClient jdbc;
    private final CurrentStaff current;

    DialogueFigures(JdbcClient jdbc, CurrentStaff current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    /** Participation figures of a committee's dialogues (all committees when {@code null}): counts only. */
    public record Participation(long dialogues, long participants, long proposals, long comments) {
    }

    /**
     * For follow-up: the committee's dialogues open at some time in {@code [from, to)}, and the
     * participants, proposals and comments that arrived in it. The whole city ({@code null}) is for
     * administrators; a handler gets only their own committees. Counts only, nothing of a person.
     */
    public Participation participation(Long committeeId, LocalDate from, LocalDate to) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        Timestamp fromAt = Timestamp.from(CityTime.startOf(from));
        Timestamp toAt = Timestamp.from(CityTime.startOf(to));
        return jdbc.sql("""
                with d as (select id, opens_on, closes_on, status from dialogue_dialogue
                           where (cast(:committee as bigint) is null or committee_id = :committee))
                select (select count(*) from d where status <> 'DRAFT' and opens_on < :to and closes_on >= :from),
                       (select count(*) from dialogue_participant p join d on d.id = p.dialogue_id
                        where p.created_at >= :fromAt and p.created_at < :toAt),
                       (select count(*) from dialogue_post p join d on d.id = p.dialogue_id
                        where p.proposal_id is null and p.created_at >= :fromAt and p.created_at < :toAt),
                       (select count(*) from dialogue_post p join d on d.id = p.dialogue_id
                        where p.proposal_id is not null and p.created_at >= :fromAt and p.created_at < :toAt)""")
                .param("committee", committeeId, Types.BIGINT)
                .param("from", from).param("to", to).param("fromAt", fromAt).param("toAt", toAt)
                .query((rs, n) -> new Participation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /**
     * Proposals per channel that arrived in {@code [from, to)}: {@code WEB} for those residents sent,
     * else the channel staff recorded when they registered one for a resident. Counts only.
     */
    public java.util.Map<String, Long> proposalsPerChannel(Long committeeId, LocalDate from, LocalDate to) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select coalesce(p.channel, 'WEB'), count(*) from dialogue_post p
                join dialogue_dialogue d on d.id = p.dialogue_id
                where p.proposal_id is null and p.created_at >= :fromAt and p.created_at < :toAt
                  and (cast(:committee as bigint) is null or d.committee_id = :committee)
                group by 1""")
                .param("committee", committeeId, Types.BIGINT)
                .param("fromAt", Timestamp.from(CityTime.startOf(from))).param("toAt", Timestamp.from(CityTime.startOf(to)))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Visits that left answers in {@code [from, to)}, per channel: {@code WEB} for residents who
     * answered themselves, else the channel staff recorded when they registered the answers. Counts only.
     */
    public java.util.Map<String, Long> answersPerChannel(Long committeeId, LocalDate from, LocalDate to) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select coalesce(pa.channel, 'WEB'), count(*) from dialogue_participant pa
                join dialogue_dialogue d on d.id = pa.dialogue_id
                where pa.created_at >= :fromAt and pa.created_at < :toAt
                  and exists (select 1 from dialogue_answer a where a.participant_id = pa.id)
                  and (cast(:committee as bigint) is null or d.committee_id = :committee)
                group by 1""")
                .param("committee", committeeId, Types.BIGINT)
                .param("fromAt", Timestamp.from(CityTime.startOf(from))).param("toAt", Timestamp.from(CityTime.startOf(to)))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
