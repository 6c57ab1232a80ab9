package se.medverka.dialogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.dialogue.internal.SessionHash;
import se.medverka.shared.security.RateLimiter;

/**
 * Reactions to posts, as residents give them without an account: "I agree" on a proposal and a
 * report of an inappropriate post. Once per browser session (remembered as a keyed hash, never the
 * session id) and within a limit per address.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class DialogueReactions {

    private static final Duration ACTION_WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final DialogueStore store;
    private final SessionHash sessions;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;

    DialogueReactions(JdbcClient jdbc, DialogueStore store, SessionHash sessions, AuditLog audit, Clock clock,
                      @Value("${medverka.dialogue.actions-per-ip:60}") int actionsPerIp) {
        this.jdbc = jdbc;
        this.store = store;
        this.sessions = sessions;
        // Supports and reports per address in a sliding window, so that one machine cannot push a
        // proposal up or down.
        this.limiter = new RateLimiter(actionsPerIp, ACTION_WINDOW, clock);
        this.audit = audit;
        this.clock = clock;
    }

    /** "I agree": once per browser session and within the address's limit; returns the new count. */
    public int support(long proposalId, String sessionKey, String ip) {
        store.requireVisiblePost(proposalId, true);
        if (!limiter.tryHit(ip == null ? "?" : ip)) {
            throw new DialogueException("dialogue.proposal.support.error.limit");
        }
        int added = jdbc.sql("""
                insert into dialogue_support (post_id, session_hash, created_at) values (:p, :s, :now)
                on conflict do nothing""")
                .param("p", proposalId).param("s", sessions.of(sessionKey))
                .param("now", Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new DialogueException("dialogue.proposal.support.error.twice");
        }
        return jdbc.sql("update dialogue_post set supports = supports + 1 where id = :id returning supports")
                .param("id", proposalId).query(Integer.class).single();
    }

    /**
     * Reports a post as inappropriate. Once per session; under post-moderation the post is hidden
     * automatically when the dialogue's threshold of reports is reached, until a moderator decides.
     */
    public void flag(long postId, String reason, String sessionKey, String ip) {
        String why = DialogueStore.plain(reason);
        if (why.isEmpty() || why.length() > Dialogues.MAX_REASON) {
            throw new DialogueException("dialogue.flag.reason.error.required");
        }
        store.requireVisiblePost(postId, false);
        if (!limiter.tryHit(ip == null ? "?" : ip)) {
            throw new DialogueException("dialogue.proposal.support.error.limit");
        }
        try {
            jdbc.sql("insert into dialogue_flag (post_id, session_hash, reason, created_at) values (:p, :s, :r, :now)")
                    .param("p", postId).param("s", sessions.of(sessionKey)).param("r", why)
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new DialogueException("dialogue.flag.form.error.twice");
        }
        var row = jdbc.sql("""
                update dialogue_post p set flags = flags + 1 from dialogue_dialogue d
                where p.id = :id and d.id = p.dialogue_id
                returning p.flags, d.flag_threshold, d.moderation, p.status, p.proposal_id""")
                .param("id", postId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class)}).single();
        if ((int) row[0] >= (int) row[1] && "POST".equals(row[2]) && "PUBLISHED".equals(row[3])) {
            jdbc.sql("update dialogue_post set status = 'HIDDEN', hidden_reason = null, moderated_at = :now,"
                            + " moderated_by = 'system' where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", postId).update();
            if (row[4] != null) {
                store.countComment((Long) row[4], -1);
            }
            audit.record("system", "DIALOGUE_POST_AUTOHIDDEN", "dialogue_post", String.valueOf(postId),
                    row[0] + " reports");
        }
    }
}
