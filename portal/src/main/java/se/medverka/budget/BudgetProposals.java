package se.medverka.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.internal.BudgetPictures;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;

/**
 * Proposals: residents send them without an account while the round takes proposals, each one a
 * case for the owning committee; staff review them (feasible with a cost — then it is a ballot
 * item —, not feasible or merged with another, both with a reason). Every decision is public.
 */
@Service
@Transactional
public class BudgetProposals {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 2000;

    public enum Status { NEW, FEASIBLE, NOT_FEASIBLE, MERGED;

        public String labelKey() {
            return switch (this) {
                case NEW -> "budget.proposal.status.new.label";
                case FEASIBLE -> "budget.proposal.status.feasible.label";
                case NOT_FEASIBLE -> "budget.proposal.status.not_feasible.label";
                case MERGED -> "budget.proposal.status.merged.label";
            };
        }
    }

    public enum WorkStatus { PLANNED, STARTED, DONE;

        public String labelKey() {
            return switch (this) {
                case PLANNED -> "budget.tracker.status.planned.label";
                case STARTED -> "budget.tracker.status.started.label";
                case DONE -> "budget.tracker.status.done.label";
            };
        }
    }

    public record Receipt(long proposalId, String caseNumber) {
    }

    public record Proposal(long id, long areaId, String title, String body, String language, Status status, String reason,
                           Long mergedInto, Long cost, String caseNumber, boolean hasPicture, Integer votes, boolean won,
                           int progress, WorkStatus workStatus) {
    }

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final Cases cases;
    private final AbuseLimits limits;
    private final BudgetStaff staff;
    private final AuditLog audit;
    private final Clock clock;

    BudgetProposals(JdbcClient jdbc, BudgetRounds rounds, Cases cases, AbuseLimits limits, BudgetStaff staff,
                    AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.cases = cases;
        this.limits = limits;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resident's proposal; {@code picture} may be null (any EXIF is dropped by re-encoding). */
    @PreAuthorize("permitAll()")
    public Receipt propose(long roundId, long areaId, String title, String body, byte[] picture, Language language) {
        limits.take(Limit.PROPOSAL, ClientAddress.current());
        Round round = rounds.round(roundId).orElseThrow(() -> new BudgetException("budget.round.error.notfound"));
        if (round.phase() != Phase.PROPOSALS) {
            throw new BudgetException("budget.proposal.form.error.closed");
        }
        if (round.area(areaId).isEmpty()) {
            throw new BudgetException("budget.proposal.area.error.required");
        }
        String t = plain(title);
        String b = plain(body);
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new BudgetException("budget.proposal.title.error.required");
        }
        if (b.isEmpty() || b.length() > MAX_TEXT) {
            throw new BudgetException("budget.proposal.body.error.required");
        }
        byte[] stored = BudgetPictures.stored(picture);
        long id = jdbc.sql("""
                insert into budget_proposal (round_id, area_id, title, body, language, picture, created_at)
                values (:r, :a, :t, :b, :l, :p, :now) returning id""")
                .param("r", roundId).param("a", areaId).param("t", t).param("b", b).param("l", language.code())
                .param("p", stored, java.sql.Types.BINARY).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        String district = jdbc.sql("select d.code from budget_area a left join routing_district d on d.id = a.district_id where a.id = :a")
                .param("a", areaId).query(String.class).optional().orElse(null);
        CaseRef ref = cases.open(new NewCase(CaseKind.BUDGET_PROPOSAL, "budget-proposal-" + id, null, district,
                round.committeeId(), language.code()));
        jdbc.sql("update budget_proposal set case_id = :c, case_number = :n where id = :id")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("id", id).update();
        return new Receipt(id, ref.caseNumber());
    }

    /** The round's proposals as the public sees them (all of them, with every decision and its reason). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Proposal> proposals(long roundId) {
        return jdbc.sql(SELECT + " where round_id = :r order by area_id, id").param("r", roundId).query(BudgetProposals::toProposal).list();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(long proposalId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", proposalId).query(BudgetProposals::toProposal).optional();
    }

    /** A proposal's picture (already without EXIF), if it has one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> picture(long proposalId) {
        return jdbc.sql("select picture from budget_proposal where id = :id and picture is not null").param("id", proposalId)
                .query(byte[].class).optional();
    }

    /** The round and proposal behind a case, for the case view's link (staff of the committee only). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Long> roundOfCase(long caseId) {
        Optional<Long> round = jdbc.sql("select round_id from budget_proposal where case_id = :c").param("c", caseId)
                .query(Long.class).optional();
        round.ifPresent(staff::requireRound);
        return round;
    }

    /**
     * Staff decide on a proposal while the round takes proposals or is in review (once voting opens
     * the ballot is fixed). Feasible needs a cost and puts it on the ballot; not feasible and merged
     * need a reason (written in the resident's language); merged names another proposal of the area.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void review(long proposalId, Status decision, Long cost, String reason, Long mergedInto) {
        long roundId = staff.requireProposal(proposalId);
        Round round = rounds.round(roundId).orElseThrow();
        if (round.phase() != Phase.PROPOSALS && round.phase() != Phase.REVIEW) {
            throw new BudgetException("budget.review.error.phase");
        }
        String why = plain(reason).isEmpty() ? null : plain(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw new BudgetException("budget.review.reason.error.required");
        }
        Long into = null;
        Long price = null;
        switch (decision) {
            case FEASIBLE -> {
                long area = jdbc.sql("select area_id from budget_proposal where id = :id").param("id", proposalId).query(Long.class).single();
                long amount = round.area(area).orElseThrow().amount();
                if (cost == null || cost <= 0 || cost > amount) {
                    throw new BudgetException("budget.review.cost.error.range");
                }
                price = cost;
            }
            case NOT_FEASIBLE -> {
                if (why == null) {
                    throw new BudgetException("budget.review.reason.error.required");
                }
            }
            case MERGED -> {
                if (why == null) {
                    throw new BudgetException("budget.review.reason.error.required");
                }
                boolean sameArea = mergedInto != null && mergedInto != proposalId && jdbc.sql("""
                        select count(*) from budget_proposal p join budget_proposal q on q.area_id = p.area_id
                        where p.id = :p and q.id = :q and q.status <> 'MERGED'""")
                        .param("p", proposalId).param("q", mergedInto).query(Long.class).single() == 1;
                if (!sameArea) {
                    throw new BudgetException("budget.review.merged.error.required");
                }
                into = mergedInto;
            }
            default -> throw new BudgetException("budget.review.decision.error.required");
        }
        jdbc.sql("update budget_proposal set status = :s, cost = :c, reason = :r, merged_into = :m where id = :id")
                .param("s", decision.name()).param("c", price, java.sql.Types.BIGINT).param("r", why, java.sql.Types.VARCHAR)
                .param("m", into, java.sql.Types.BIGINT).param("id", proposalId).update();
        audit.record(staff.actor(), "BUDGET_PROPOSAL_REVIEWED", "budget_proposal", String.valueOf(proposalId), decision.name());
    }

    static String plain(String text) {
        return text == null ? "" : text.replace("\u0000", "").strip();
    }

    private static final String SELECT = """
            select id, area_id, title, body, language, status, reason, merged_into, cost, case_number, picture is not null as pic,
                   votes, won, progress, work_status from budget_proposal""";

    private static Proposal toProposal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Proposal(rs.getLong("id"), rs.getLong("area_id"), rs.getString("title"), rs.getString("body"),
                rs.getString("language"), Status.valueOf(rs.getString("status")), rs.getString("reason"),
                (Long) rs.getObject("merged_into"), (Long) rs.getObject("cost"), rs.getString("case_number"),
                rs.getBoolean("pic"), (Integer) rs.getObject("votes"), rs.getBoolean("won"), rs.getInt("progress"),
                WorkStatus.valueOf(rs.getString("work_status")));
    }
}
