package se.medverka.dialogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * Moderation of proposals and comments across the moderator's committees: approve, hide with a
 * reason the author can read, restore. Every decision is audited. Staff of the committee also
 * answer proposals; those answers are marked as the committee's official answer.
 */
@Service
@Transactional
public class Moderation {

    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final Clock clock;

    Moderation(JdbcClient jdbc, CurrentStaff current, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** A post awaiting a decision, reported, or hidden. */
    public record Item(long id, long dialogueId, String dialogueTitle, boolean proposal, String title, String body,
                       PostStatus status, int flags, String lastFlagReason, String hiddenReason, Instant createdAt) {
    }

    private static final String QUEUE = """
            from dialogue_post p join dialogue_dialogue d on d.id = p.dialogue_id
            where (p.status <> 'PUBLISHED' or p.flags > 0) and (:all or d.committee_id in (:mine))""";

    /** One page of the queue, newest first; pending posts before reported and hidden ones. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Item> queue(int offset, int limit) {
        return jdbc.sql("""
                select p.*, (select title from dialogue_text t where t.dialogue_id = p.dialogue_id and t.language = 'sv') dialogue_title,
                       (select reason from dialogue_flag f where f.post_id = p.id order by f.id desc limit 1) flag_reason
                """ + QUEUE + " order by (p.status = 'PENDING') desc, p.id desc offset :o limit :l")
                .param("all", current.isAdmin()).param("mine", mine())
                .param("o", Math.max(0, offset)).param("l", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getLong("dialogue_id"), rs.getString("dialogue_title"),
                        rs.getObject("proposal_id") == null, rs.getString("title"), rs.getString("body"),
                        PostStatus.valueOf(rs.getString("status")), rs.getInt("flags"), rs.getString("flag_reason"),
                        rs.getString("hidden_reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int queueSize() {
        return jdbc.sql("select count(*) " + QUEUE).param("all", current.isAdmin()).param("mine", mine())
                .query(Integer.class).single();
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public void approve(long postId) {
        decide(postId, PostStatus.PUBLISHED, null, "DIALOGUE_POST_APPROVED");
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public void hide(long postId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Dialogues.MAX_REASON) {
            throw new DialogueException("dialogue.moderation.hide.reason.error.required");
        }
        decide(postId, PostStatus.HIDDEN, why, "DIALOGUE_POST_HIDDEN");
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public void restore(long postId) {
        decide(postId, PostStatus.PUBLISHED, null, "DIALOGUE_POST_RESTORED");
    }

    /** The committee's official answer to a proposal, public at once. */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    public long reply(long proposalId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Dialogues.MAX_TEXT) {
            throw new DialogueException("dialogue.moderation.reply.body.error.required");
        }
        long dialogue = jdbc.sql("select p.dialogue_id, d.committee_id from dialogue_post p join dialogue_dialogue d on d.id = p.dialogue_id"
                        + " where p.id = :id and p.proposal_id is null")
                .param("id", proposalId)
                .query((rs, n) -> mayModerate(rs.getLong(2)) || current.mayActFor(StaffRole.HANDLER, rs.getLong(2))
                        ? rs.getLong(1) : null)
                .optional().orElseThrow(() -> new DialogueException("dialogue.moderation.error.notfound"));
        long id = jdbc.sql("""
                insert into dialogue_post (dialogue_id, proposal_id, body, language, status, official, staff_author, created_at)
                values (:d, :p, :b, 'sv', 'PUBLISHED', true, :by, :now) returning id""")
                .param("d", dialogue).param("p", proposalId).param("b", body).param("by", current.actor())
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single();
        jdbc.sql("update dialogue_post set comments = comments + 1 where id = :id").param("id", proposalId).update();
        audit.record(current.actor(), "DIALOGUE_POST_ANSWERED", "dialogue_post", String.valueOf(proposalId), "reply " + id);
        return id;
    }

    private void decide(long postId, PostStatus to, String reason, String action) {
        var row = jdbc.sql("""
                select p.status, p.proposal_id, d.committee_id from dialogue_post p
                join dialogue_dialogue d on d.id = p.dialogue_id where p.id = :id for update of p""")
                .param("id", postId)
                .query((rs, n) -> mayModerate(rs.getLong(3))
                        ? new Object[] {PostStatus.valueOf(rs.getString(1)), rs.getObject(2, Long.class)} : null)
                .optional().orElseThrow(() -> new DialogueException("dialogue.moderation.error.notfound"));
        PostStatus from = (PostStatus) row[0];
        if (from == to && to == PostStatus.PUBLISHED && action.equals("DIALOGUE_POST_RESTORED")) {
            throw new DialogueException("dialogue.moderation.error.state");
        }
        jdbc.sql("""
                update dialogue_post set status = :s, hidden_reason = :r, moderated_at = :now, moderated_by = :by,
                    flags = case when :s = 'PUBLISHED' then 0 else flags end
                where id = :id""")
                .param("s", to.name()).param("r", reason).param("now", Timestamp.from(clock.instant()))
                .param("by", current.actor()).param("id", postId).update();
        Long proposal = (Long) row[1];
        if (proposal != null && (from == PostStatus.PUBLISHED) != (to == PostStatus.PUBLISHED)) {
            jdbc.sql("update dialogue_post set comments = greatest(0, comments + :d) where id = :id")
                    .param("d", to == PostStatus.PUBLISHED ? 1 : -1).param("id", proposal).update();
        }
        audit.record(current.actor(), action, "dialogue_post", String.valueOf(postId),
                from.name() + " -> " + to.name() + (reason == null ? "" : ": " + reason));
    }

    private boolean mayModerate(long committeeId) {
        return current.mayActFor(StaffRole.MODERATOR, committeeId);
    }

    private Set<Long> mine() {
        Set<Long> mine = current.committees(StaffRole.MODERATOR);
        return mine.isEmpty() ? Set.of(-1L) : mine;
    }
}
