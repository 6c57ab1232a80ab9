package se.medverka.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.budget.internal.VoterKeys;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.time.CityTime;

/**
 * Budget rounds: staff of the owning committee create and edit them; anyone reads a round with its
 * phase, dates and the sum of each area (a district, or the whole city).
 */
@Service
@Transactional
public class BudgetRounds {

    public static final int MAX_TITLE = 200;
    public static final long MAX_AMOUNT = 1_000_000_000L;
    public static final int MAX_DESCRIPTION = 4000;

    /** How ballots are filled in: items within the area's sum, or any number of items (approval). */
    public enum Method { BUDGET, APPROVAL;

        public String labelKey() {
            return this == BUDGET ? "budget.method.budget.label" : "budget.method.approval.label";
        }
    }

    /** An area's sum; {@code districtId} null is the whole city. */
    public record AreaAmount(Long districtId, long amount) {
    }

    /** A round's title and description in one language. */
    public record RoundText(String title, String description) {
    }

    /**
     * A round as staff fill it in: the Swedish title and description, and the same in other
     * languages ({@code translations}, without Swedish; a language with a blank title is left out).
     */
    public record RoundForm(String title, long committeeId, Method method, int minAge, LocalDate proposalsFrom,
                            LocalDate reviewFrom, LocalDate votingFrom, LocalDate votingUntil,
                            LocalDate implementationFrom, List<AreaAmount> areas, String description,
                            Map<Language, RoundText> translations) {

        /** A round with a Swedish title only. */
        public RoundForm(String title, long committeeId, Method method, int minAge, LocalDate proposalsFrom,
                         LocalDate reviewFrom, LocalDate votingFrom, LocalDate votingUntil,
                         LocalDate implementationFrom, List<AreaAmount> areas) {
            this(title, committeeId, method, minAge, proposalsFrom, reviewFrom, votingFrom, votingUntil, implementationFrom, areas,
                    "", Map.of());
        }
    }

    public record Area(long id, Long districtId, String districtName, long amount) {
    }

    /** A round; {@code title} and {@code description} are Swedish, {@code translations} the other languages. */
    public record Round(long id, String title, long committeeId, String committeeName, Method method, int minAge,
                       LocalDate proposalsFrom, LocalDate reviewFrom, LocalDate votingFrom, LocalDate votingUntil,
                       LocalDate implementationFrom, boolean counted, Phase phase, List<Area> areas, String description,
                       Map<Language, RoundText> translations) {

        public Optional<Area> area(long areaId) {
            return areas.stream().filter(a -> a.id() == areaId).findFirst();
        }

        /**
         * The language whose text a visitor reading {@code language} is shown: theirs if the round has
         * it, else its fallback's (meänkieli → Finnish, Lule → North Sami, …), else Swedish.
         */
        public Language textLanguage(Language language) {
            return RoundTexts.shown(translations, language);
        }

        /** The text in {@link #textLanguage}. */
        public RoundText text(Language language) {
            Language l = textLanguage(language);
            return l == Language.SV ? new RoundText(title, description) : translations.get(l);
        }

        public RoundForm form() {
            return new RoundForm(title, committeeId, method, minAge, proposalsFrom, reviewFrom, votingFrom, votingUntil,
                    implementationFrom, areas.stream().map(a -> new AreaAmount(a.districtId(), a.amount())).toList(),
                    description, translations);
        }
    }

    private final JdbcClient jdbc;
    private final BudgetStaff staff;
    private final VoterKeys keys;
    private final RoutingRegister register;
    private final AuditLog audit;
    private final Clock clock;
    private final RoundTexts texts;

    BudgetRounds(JdbcClient jdbc, BudgetStaff staff, VoterKeys keys, RoutingRegister register, AuditLog audit, Clock clock,
                 RoundTexts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.staff = staff;
        this.keys = keys;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long create(RoundForm form) {
        staff.requireCommittee(form.committeeId());
        check(form);
        long id = jdbc.sql("""
                insert into budget_round (title, committee_id, method, min_age, proposals_from, review_from, voting_from,
                    voting_until, implementation_from, voter_key, created_at, description)
                values (:title, :committee, :method, :age, :pf, :rf, :vf, :vu, :if, :key, :now, :description) returning id""")
                .param("title", form.title().strip()).param("description", RoundTexts.plain(form.description())).param("committee", form.committeeId())
                .param("method", form.method().name()).param("age", form.minAge())
                .param("pf", form.proposalsFrom()).param("rf", form.reviewFrom()).param("vf", form.votingFrom())
                .param("vu", form.votingUntil()).param("if", form.implementationFrom())
                .param("key", keys.newSealedKey()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        saveAreas(id, form.areas());
        texts.save(id, form.translations());
        audit.record(staff.actor(), "BUDGET_ROUND_CREATED", "budget_round", String.valueOf(id), null);
        return id;
    }

    /** Changes a round; its committee stays. An area that already has proposals cannot be removed. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void update(long roundId, RoundForm form) {
        staff.requireRound(roundId);
        check(form);
        jdbc.sql("""
                update budget_round set title = :title, method = :method, min_age = :age, proposals_from = :pf,
                    review_from = :rf, voting_from = :vf, voting_until = :vu, implementation_from = :if,
                    description = :description where id = :id""")
                .param("title", form.title().strip()).param("description", RoundTexts.plain(form.description())).param("method", form.method().name()).param("age", form.minAge())
                .param("pf", form.proposalsFrom()).param("rf", form.reviewFrom()).param("vf", form.votingFrom())
                .param("vu", form.votingUntil()).param("if", form.implementationFrom()).param("id", roundId).update();
        saveAreas(roundId, form.areas());
        texts.save(roundId, form.translations());
        audit.record(staff.actor(), "BUDGET_ROUND_CHANGED", "budget_round", String.valueOf(roundId), null);
    }

    private void saveAreas(long roundId, List<AreaAmount> areas) {
        Set<Long> kept = new HashSet<>();
        for (AreaAmount a : areas) {
            Long existing = jdbc.sql("select id from budget_area where round_id = :r and district_id is not distinct from :d")
                    .param("r", roundId).param("d", a.districtId(), java.sql.Types.BIGINT).query(Long.class).optional().orElse(null);
            if (existing == null) {
                existing = jdbc.sql("insert into budget_area (round_id, district_id, amount) values (:r, :d, :a) returning id")
                        .param("r", roundId).param("d", a.districtId(), java.sql.Types.BIGINT).param("a", a.amount())
                        .query(Long.class).single();
            } else {
                jdbc.sql("update budget_area set amount = :a where id = :id").param("a", a.amount()).param("id", existing).update();
            }
            kept.add(existing);
        }
        List<Long> gone = jdbc.sql("select id from budget_area where round_id = :r").param("r", roundId).query(Long.class).list()
                .stream().filter(id -> !kept.contains(id)).toList();
        for (long id : gone) {
            boolean used = jdbc.sql("select exists (select 1 from budget_proposal where area_id = :a)"
                    + " or exists (select 1 from budget_class_code where area_id = :a)").param("a", id).query(Boolean.class).single();
            if (used) {
                throw new BudgetException("budget.round.areas.error.inuse");
            }
            jdbc.sql("delete from budget_area where id = :a").param("a", id).update();
        }
    }

    private void check(RoundForm f) {
        if (f.title() == null || f.title().isBlank() || f.title().strip().length() > MAX_TITLE) {
            throw new BudgetException("budget.round.title.error.required");
        }
        RoundTexts.check(f);
        if (f.method() == null) {
            throw new BudgetException("budget.round.method.error.required");
        }
        if (f.minAge() < 6 || f.minAge() > 18) {
            throw new BudgetException("budget.round.age.error.range");
        }
        if (f.proposalsFrom() == null || f.reviewFrom() == null || f.votingFrom() == null || f.votingUntil() == null
                || f.implementationFrom() == null || !f.proposalsFrom().isBefore(f.reviewFrom())
                || f.votingFrom().isBefore(f.reviewFrom()) || f.votingUntil().isBefore(f.votingFrom())
                || !f.votingUntil().isBefore(f.implementationFrom())) {
            throw new BudgetException("budget.round.dates.error.order");
        }
        if (f.areas() == null || f.areas().isEmpty()) {
            throw new BudgetException("budget.round.areas.error.required");
        }
        Set<Long> known = new HashSet<>();
        register.districts().forEach(d -> known.add(d.id()));
        Set<Long> seen = new HashSet<>();
        boolean city = false;
        for (AreaAmount a : f.areas()) {
            if (a.amount() <= 0 || a.amount() > MAX_AMOUNT) {
                throw new BudgetException("budget.round.amount.error.range");
            }
            if (a.districtId() == null) {
                if (city) {
                    throw new BudgetException("budget.round.areas.error.twice");
                }
                city = true;
            } else if (!known.contains(a.districtId()) || !seen.add(a.districtId())) {
                throw new BudgetException("budget.round.areas.error.twice");
            }
        }
    }

    /** Every round, newest first, with its phase today. Public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Round> list() {
        return jdbc.sql(SELECT + " order by r.proposals_from desc, r.id desc").query(this::toRound).list();
    }

    /** The rounds of the committees the person handles (administrators: all). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Round> mine() {
        return list().stream().filter(r -> staff.mayAct(r.committeeId())).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Round> round(long roundId) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", roundId).query(this::toRound).optional();
    }

    public LocalDate today() {
        return CityTime.today(clock);
    }

    private static final String SELECT = """
            select r.*, c.name as committee_name from budget_round r join routing_committee c on c.id = r.committee_id""";

    private Round toRound(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        LocalDate pf = rs.getObject("proposals_from", LocalDate.class);
        LocalDate rf = rs.getObject("review_from", LocalDate.class);
        LocalDate vf = rs.getObject("voting_from", LocalDate.class);
        LocalDate vu = rs.getObject("voting_until", LocalDate.class);
        LocalDate impl = rs.getObject("implementation_from", LocalDate.class);
        return new Round(id, rs.getString("title"), rs.getLong("committee_id"), rs.getString("committee_name"),
                Method.valueOf(rs.getString("method")), rs.getInt("min_age"), pf, rf, vf, vu, impl, rs.getBoolean("counted"),
                Phase.on(today(), pf, rf, vf, vu, impl), areas(id), rs.getString("description"), texts.of(id));
    }

    private List<Area> areas(long roundId) {
        return jdbc.sql("""
                select a.id, a.district_id, d.name, a.amount from budget_area a left join routing_district d on d.id = a.district_id
                where a.round_id = :r order by a.district_id is not null, d.sort_order, a.id""")
                .param("r", roundId)
                .query((rs, n) -> {
                    Long district = (Long) rs.getObject(2);
                    return new Area(rs.getLong(1), district, rs.getString(3), rs.getLong(4));
                }).list();
    }
}
