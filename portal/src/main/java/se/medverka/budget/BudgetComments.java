package se.medverka.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;

/**
 * Comments on proposals, without an account, until voting closes. Public at once; staff of the
 * round's committee hide a comment with a reason, which is shown in its place (the text is left out
 * in SQL for the public).
 */
@Service
@Transactional
public class BudgetComments {

    public static final int MAX_TEXT = 2000;

    public record Comment(long id, String body, String language, String hiddenReason, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final BudgetStaff staff;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    BudgetComments(JdbcClient jdbc, BudgetRounds rounds, BudgetStaff staff, AbuseLimits limits, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.staff = staff;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public long comment(long proposalId, String body, Language language) {
        limits.take(Limit.COMMENT, ClientAddress.current());
        long roundId = jdbc.sql("select round_id from budget_proposal where id = :id").param("id", proposalId)
                .query(Long.class).optional().orElseThrow(() -> new BudgetException("budget.comment.form.error.closed"));
        Phase phase = rounds.round(roundId).orElseThrow().phase();
        if (phase == Phase.UPCOMING || phase.atLeast(Phase.RESULTS)) {
            throw new BudgetException("budget.comment.form.error.closed");
        }
        String b = BudgetProposals.plain(body);
        if (b.isEmpty() || b.length() > MAX_TEXT) {
            throw new BudgetException("budget.comment.body.error.required");
        }
        return jdbc.sql("insert into budget_comment (proposal_id, body, language, created_at) values (:p, :b, :l, :now) returning id")
                .param("p", proposalId).param("b", b).param("l", language.code()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** A proposal's comments as the public sees them: a hidden one keeps its place and the reason, not its text. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Comment> comments(long proposalId) {
        return jdbc.sql("""
                select id, case when hidden_reason is null then body end, language, hidden_reason, created_at
                from budget_comment where proposal_id = :p order by id""")
                .param("p", proposalId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** Staff of the round's committee hide a comment, with a reason everyone sees. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void hide(long commentId, String reason) {
        long proposal = jdbc.sql("select proposal_id from budget_comment where id = :id").param("id", commentId)
                .query(Long.class).optional().orElseThrow(() -> new BudgetException("budget.staff.error.notfound"));
        staff.requireProposal(proposal);
        String why = BudgetProposals.plain(reason);
        if (why.isEmpty() || why.length() > BudgetProposals.MAX_REASON) {
            throw new BudgetException("budget.review.reason.error.required");
        }
        jdbc.sql("update budget_comment set hidden_reason = :r where id = :id").param("r", why).param("id", commentId).update();
        audit.record(staff.actor(), "BUDGET_COMMENT_HIDDEN", "budget_comment", String.valueOf(commentId), null);
    }
}
