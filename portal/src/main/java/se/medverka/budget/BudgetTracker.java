package se.medverka.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.BudgetEvents.FollowerAdded;
import se.medverka.budget.BudgetEvents.ProjectUpdated;
import se.medverka.budget.BudgetEvents.RoundFollowerAdded;
import se.medverka.budget.BudgetProposals.WorkStatus;
import se.medverka.budget.internal.BudgetPictures;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.time.CityTime;

/**
 * What gets built: each winning project's status, progress and dated updates, posted by staff of the
 * committee; residents follow a project by mail (the address confirmed by a link first, every mail
 * with a link that stops them).
 */
@Service
@Transactional
public class BudgetTracker {

    public static final int MAX_UPDATE = 4000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final String CONTEXT = "budget_follower.email";

    public record Update(long id, LocalDate postedOn, String text, int progress, WorkStatus status, boolean hasPicture) {
    }

    /** A mail to one follower: address, language, the project's title, the text, the links. */
    public record MailTo(String email, Language language, String projectTitle, String text, String link, String stopLink) {
    }

    private final JdbcClient jdbc;
    private final BudgetStaff staff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PersonalDataSeal seal;
    private final AbuseLimits limits;
    private final Clock clock;
    private final RoundTexts texts;

    BudgetTracker(JdbcClient jdbc, BudgetStaff staff, AuditLog audit, ApplicationEventPublisher events, PersonalDataSeal seal,
                  AbuseLimits limits, Clock clock, RoundTexts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.seal = seal;
        this.limits = limits;
        this.clock = clock;
    }

    /** A dated update of a winning project; its followers get it by mail. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long post(long proposalId, String text, int progress, WorkStatus status) {
        return post(proposalId, text, progress, status, null);
    }

    /**
     * A dated update with a picture ({@code picture} may be null), re-encoded without EXIF as a
     * proposal's picture is ({@link BudgetPictures}).
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long post(long proposalId, String text, int progress, WorkStatus status, byte[] picture) {
        staff.requireProposal(proposalId);
        boolean won = jdbc.sql("select won from budget_proposal where id = :id").param("id", proposalId).query(Boolean.class).single();
        if (!won) {
            throw new BudgetException("budget.tracker.error.notwon");
        }
        String t = BudgetProposals.plain(text);
        if (t.isEmpty() || t.length() > MAX_UPDATE) {
            throw new BudgetException("budget.tracker.text.error.required");
        }
        if (progress < 0 || progress > 100 || status == null) {
            throw new BudgetException("budget.tracker.progress.error.range");
        }
        byte[] stored = BudgetPictures.stored(picture);
        long id = jdbc.sql("""
                insert into budget_update (proposal_id, posted_on, text, progress, work_status, picture)
                values (:p, :d, :t, :g, :s, :pic) returning id""")
                .param("pic", stored, java.sql.Types.BINARY).param("p", proposalId).param("d", CityTime.today(clock)).param("t", t).param("g", progress).param("s", status.name())
                .query(Long.class).single();
        jdbc.sql("update budget_proposal set progress = :g, work_status = :s where id = :p")
                .param("g", progress).param("s", status.name()).param("p", proposalId).update();
        audit.record(staff.actor(), "BUDGET_PROJECT_UPDATED", "budget_proposal", String.valueOf(proposalId), status.name());
        events.publishEvent(new ProjectUpdated(id));
        return id;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Update> updates(long proposalId) {
        return jdbc.sql("""
                select id, posted_on, text, progress, work_status, picture is not null from budget_update where proposal_id = :p
                order by posted_on desc, id desc""")
                .param("p", proposalId)
                .query((rs, n) -> new Update(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        WorkStatus.valueOf(rs.getString(5)), rs.getBoolean(6))).list();
    }

    /** An update's picture (already without EXIF), if it has one. Public, as the update is. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> updatePicture(long updateId) {
        return jdbc.sql("select picture from budget_update where id = :id and picture is not null").param("id", updateId)
                .query(byte[].class).optional();
    }

    /** Asks to follow a winning project; a confirmation link goes to the address. */
    @PreAuthorize("permitAll()")
    public void follow(long proposalId, String email, Language language) {
        limits.take(Limit.SUPPORT, ClientAddress.current());
        String address = checkedEmail(email);
        boolean won = jdbc.sql("select count(*) from budget_proposal where id = :id and won").param("id", proposalId)
                .query(Long.class).single() == 1;
        if (!won) {
            throw new BudgetException("budget.tracker.error.notwon");
        }
        limits.takeForRecipient(Limit.CONFIRMATION_MAIL, address);
        long id = jdbc.sql("""
                insert into budget_follower (proposal_id, email, language, confirm_token, stop_token, created_at)
                values (:p, :e, :l, :c, :s, :now) returning id""")
                .param("p", proposalId).param("e", seal.seal(address, CONTEXT)).param("l", language.code())
                .param("c", UUID.randomUUID()).param("s", UUID.randomUUID()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new FollowerAdded(id));
    }

    /** The address as typed, stripped, if it looks like one; otherwise the translated refusal. */
    public static String checkedEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new BudgetException("budget.tracker.email.error.invalid");
        }
        return address;
    }

    /**
     * Offered on the proposal form: the proposer follows their proposal if it wins. The address
     * waits (sealed) for the count and is confirmed by a link first.
     */
    @PreAuthorize("permitAll()")
    public void followIfItWins(long proposalId, String email, Language language) {
        long roundId = jdbc.sql("select p.round_id from budget_proposal p join budget_round r on r.id = p.round_id"
                        + " where p.id = :p and not r.counted").param("p", proposalId).query(Long.class).optional()
                .orElseThrow(() -> new BudgetException("budget.round.error.notfound"));
        addRoundFollower(roundId, null, proposalId, email, language);
    }

    /**
     * Offered after voting: the voter follows the winners of the area they voted in. The row names
     * the round and the area, never the ballot (docs/modules/budget.md).
     */
    @PreAuthorize("permitAll()")
    public void followWinners(long roundId, long areaId, String email, Language language) {
        boolean open = jdbc.sql("select count(*) from budget_area a join budget_round r on r.id = a.round_id"
                + " where a.id = :a and r.id = :r and not r.counted").param("a", areaId).param("r", roundId).query(Long.class).single() == 1;
        if (!open) {
            throw new BudgetException("budget.round.error.notfound");
        }
        addRoundFollower(roundId, areaId, null, email, language);
    }

    private void addRoundFollower(long roundId, Long areaId, Long proposalId, String email, Language language) {
        limits.take(Limit.SUPPORT, ClientAddress.current());
        String address = checkedEmail(email);
        limits.takeForRecipient(Limit.CONFIRMATION_MAIL, address);
        long id = jdbc.sql("""
                insert into budget_round_follower (round_id, area_id, proposal_id, email, language, confirm_token, stop_token)
                values (:r, :a, :p, :e, :l, :c, :s) returning id""")
                .param("r", roundId).param("a", areaId, java.sql.Types.BIGINT).param("p", proposalId, java.sql.Types.BIGINT)
                .param("e", seal.seal(address, CONTEXT)).param("l", language.code())
                .param("c", UUID.randomUUID()).param("s", UUID.randomUUID()).query(Long.class).single();
        events.publishEvent(new RoundFollowerAdded(id));
    }

    /**
     * At the count (in its transaction): each confirmed address left by a proposer or a voter becomes
     * a follower of the winners it asked for (the proposer's own proposal if it won; the voter's
     * area's winners), once per address and project; then every address of the round is deleted.
     */
    void adoptRoundFollowers(long roundId) {
        record Wish(String email, String language, long proposalId) {
        }
        List<Wish> wishes = jdbc.sql("""
                select f.email, f.language, p.id from budget_round_follower f
                join budget_proposal p on p.round_id = f.round_id and p.won and (p.id = f.proposal_id or p.area_id = f.area_id)
                where f.round_id = :r and f.confirmed order by f.id, p.id""")
                .param("r", roundId).query((rs, n) -> new Wish(seal.open(rs.getString(1), CONTEXT), rs.getString(2), rs.getLong(3))).list();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (Wish w : wishes) {
            if (seen.add(w.email().toLowerCase(java.util.Locale.ROOT) + " " + w.proposalId())) {
                jdbc.sql("""
                        insert into budget_follower (proposal_id, email, language, confirm_token, stop_token, confirmed_at, created_at)
                        values (:p, :e, :l, :c, :s, :now, :now)""")
                        .param("p", w.proposalId()).param("e", seal.seal(w.email(), CONTEXT)).param("l", w.language())
                        .param("c", UUID.randomUUID()).param("s", UUID.randomUUID()).param("now", now).update();
            }
        }
        jdbc.sql("delete from budget_round_follower where round_id = :r").param("r", roundId).update();
    }

    /** The link in the confirmation mail: from now on updates reach the address. */
    @PreAuthorize("permitAll()")
    public boolean confirm(UUID token) {
        return jdbc.sql("update budget_follower set confirmed_at = coalesce(confirmed_at, :now) where confirm_token = :t")
                .param("now", Timestamp.from(clock.instant())).param("t", token).update() == 1
                || jdbc.sql("update budget_round_follower set confirmed = true where confirm_token = :t").param("t", token).update() == 1;
    }

    /** The link in every mail: the address is deleted at once. */
    @PreAuthorize("permitAll()")
    public boolean stop(UUID token) {
        return jdbc.sql("delete from budget_follower where stop_token = :t").param("t", token).update() == 1
                || jdbc.sql("delete from budget_round_follower where stop_token = :t").param("t", token).update() == 1;
    }

    /** The confirmation mail of an address left by a proposer or a voter (for the mail module); the title is the round's. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MailTo> roundFollowerMail(long roundFollowerId, String baseUrl) {
        return jdbc.sql("""
                select f.email, f.language, f.confirm_token, f.stop_token, r.title, r.id from budget_round_follower f
                join budget_round r on r.id = f.round_id where f.id = :id""")
                .param("id", roundFollowerId)
                .query((rs, n) -> {
                    Language language = Language.fromCode(rs.getString(2)).orElse(Language.DEFAULT);
                    // The round named in the reader's language (or its fallback), as the round's page shows it.
                    return new MailTo(seal.open(rs.getString(1), CONTEXT), language, texts.title(rs.getLong(6), rs.getString(5), language),
                            null, baseUrl + "/budget/folj/" + rs.getString(3), baseUrl + "/budget/sluta/" + rs.getString(4));
                })
                .optional();
    }

    /** The confirmation mail of a new follower (for the mail module). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MailTo> confirmationMail(long followerId, String baseUrl) {
        return jdbc.sql("""
                select f.email, f.language, f.confirm_token, f.stop_token, p.title from budget_follower f
                join budget_proposal p on p.id = f.proposal_id where f.id = :id""")
                .param("id", followerId)
                .query((rs, n) -> new MailTo(seal.open(rs.getString(1), CONTEXT), Language.fromCode(rs.getString(2)).orElse(Language.DEFAULT), rs.getString(5),
                        null, baseUrl + "/budget/folj/" + rs.getString(3), baseUrl + "/budget/sluta/" + rs.getString(4)))
                .optional();
    }

    /** The mails of an update, one per confirmed follower (for the mail module). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<MailTo> updateMails(long updateId, String baseUrl) {
        return jdbc.sql("""
                select f.email, f.language, f.stop_token, p.title, u.text, p.round_id, p.id from budget_update u
                join budget_proposal p on p.id = u.proposal_id
                join budget_follower f on f.proposal_id = p.id and f.confirmed_at is not null where u.id = :id""")
                .param("id", updateId)
                .query((rs, n) -> new MailTo(seal.open(rs.getString(1), CONTEXT), Language.fromCode(rs.getString(2)).orElse(Language.DEFAULT), rs.getString(4),
                        rs.getString(5), baseUrl + "/budget/" + rs.getLong(6), baseUrl + "/budget/sluta/" + rs.getString(3)))
                .list();
    }
}
