package se.medverka.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.internal.BudgetStaff;
import se.medverka.shared.csv.CsvFile;
import se.medverka.shared.stats.SmallCells;

/**
 * The count, once voting has closed: per area by the rule in {@link Counting}; the votes and the
 * winners are stored with the proposals and published; the replace tags that let e-identified
 * voters change their ballot are erased then, so nothing links a ballot to anyone afterwards.
 */
@Service
@Transactional
public class BudgetResults {

    /** The smallest number of ballots shown for one age band and area. */
    public static final int THRESHOLD = 5;

    public record Line(long proposalId, String title, long cost, long votes, int rank, Counting.Outcome outcome) {
    }

    public record AreaResult(Area area, long ballots, long spent, List<Line> lines) {
    }

    /** Ballots per area and age band; small cells hidden. */
    public record BandFigures(Area area, SmallCells.Cell total, Map<String, SmallCells.Cell> bands) {
    }

    public static final List<String> BANDS = List.of("B10_12", "B13_17", "ADULT", "UNKNOWN");

    /** The name of an age band as people read it. */
    public static String bandLabelKey(String band) {
        return switch (band) {
            case "B10_12" -> "budget.band.b10_12.label";
            case "B13_17" -> "budget.band.b13_17.label";
            case "ADULT" -> "budget.band.adult.label";
            default -> "budget.band.unknown.label";
        };
    }

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final BudgetStaff staff;
    private final AuditLog audit;
    private final BudgetTracker tracker;

    BudgetResults(JdbcClient jdbc, BudgetRounds rounds, BudgetStaff staff, AuditLog audit, BudgetTracker tracker) {
        this.tracker = tracker;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.staff = staff;
        this.audit = audit;
    }

    /** Counts the round (staff of its committee, after voting has closed). Counting again gives the same. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void count(long roundId) {
        staff.requireRound(roundId);
        Round round = rounds.round(roundId).orElseThrow();
        if (!round.phase().atLeast(Phase.RESULTS)) {
            throw new BudgetException("budget.results.error.phase");
        }
        Map<Long, Long> votes = votes(roundId);
        for (Area area : round.areas()) {
            List<Counting.Item> items = jdbc.sql("select id, cost from budget_proposal where area_id = :a and status = 'FEASIBLE'")
                    .param("a", area.id())
                    .query((rs, n) -> new Counting.Item(rs.getLong(1), rs.getLong(2), votes.getOrDefault(rs.getLong(1), 0L)))
                    .list();
            for (Counting.Result r : Counting.count(area.amount(), items)) {
                jdbc.sql("update budget_proposal set votes = :v, won = :w where id = :id")
                        .param("v", r.item().votes()).param("w", r.outcome() == Counting.Outcome.FUNDED)
                        .param("id", r.item().id()).update();
            }
        }
        jdbc.sql("update budget_ballot set replace_tag = null where round_id = :r and replace_tag is not null").param("r", roundId).update();
        jdbc.sql("update budget_round set counted = true where id = :r").param("r", roundId).update();
        tracker.adoptRoundFollowers(roundId);
        audit.record(staff.actor(), "BUDGET_COUNTED", "budget_round", String.valueOf(roundId), null);
    }

    private Map<Long, Long> votes(long roundId) {
        Map<Long, Long> votes = new HashMap<>();
        jdbc.sql("""
                select i.proposal_id, count(*) from budget_ballot_item i join budget_proposal p on p.id = i.proposal_id
                where p.round_id = :r group by i.proposal_id""")
                .param("r", roundId).query(rs -> {
                    votes.put(rs.getLong(1), rs.getLong(2));
                });
        return votes;
    }

    /** The published result per area (empty until counted). Public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AreaResult> results(long roundId) {
        Round round = rounds.round(roundId).orElseThrow(() -> new BudgetException("budget.round.error.notfound"));
        if (!round.counted()) {
            return List.of();
        }
        List<AreaResult> out = new ArrayList<>();
        for (Area area : round.areas()) {
            List<Counting.Item> items = new ArrayList<>();
            Map<Long, String> titles = new HashMap<>();
            jdbc.sql("select id, cost, coalesce(votes, 0), title from budget_proposal where area_id = :a and status = 'FEASIBLE'")
                    .param("a", area.id()).query(rs -> {
                        items.add(new Counting.Item(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                        titles.put(rs.getLong(1), rs.getString(4));
                    });
            List<Line> lines = Counting.count(area.amount(), items).stream()
                    .map(r -> new Line(r.item().id(), titles.get(r.item().id()), r.item().cost(), r.item().votes(), r.rank(), r.outcome()))
                    .toList();
            long spent = lines.stream().filter(l -> l.outcome() == Counting.Outcome.FUNDED).mapToLong(Line::cost).sum();
            long ballots = jdbc.sql("select count(*) from budget_ballot where area_id = :a").param("a", area.id()).query(Long.class).single();
            out.add(new AreaResult(area, ballots, spent, lines));
        }
        return out;
    }

    /** The results as CSV for the committee: area, sum, rank, proposal, cost, votes, outcome. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String csv(long roundId, java.util.function.Function<String, String> translate) {
        List<AreaResult> results = results(roundId);
        return CsvFile.text(sheet -> {
            sheet.row(translate.apply("budget.results.csv.area.label"), translate.apply("budget.results.csv.amount.label"),
                    translate.apply("budget.results.csv.rank.label"), translate.apply("budget.results.csv.proposal.label"),
                    translate.apply("budget.results.csv.cost.label"), translate.apply("budget.results.csv.votes.label"),
                    translate.apply("budget.results.csv.outcome.label"));
            for (AreaResult a : results) {
                String name = a.area().districtName() == null ? translate.apply("budget.area.city.label") : a.area().districtName();
                for (Line l : a.lines()) {
                    sheet.row(name, a.area().amount(), l.rank(), l.title(), l.cost(), l.votes(),
                            translate.apply(l.outcome().labelKey()));
                }
            }
        });
    }

    /**
     * Ballots per area by age band (10–12, 13–17, adults, unknown: voting codes), counted, never one
     * by one, with small-cell suppression: a band with 1–4 ballots is hidden, and a second one with it.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public List<BandFigures> bands(long roundId) {
        staff.requireRound(roundId);
        Round round = rounds.round(roundId).orElseThrow();
        List<BandFigures> out = new ArrayList<>();
        for (Area area : round.areas()) {
            Map<String, Long> counts = new HashMap<>();
            jdbc.sql("select coalesce(band, 'UNKNOWN'), count(*) from budget_ballot where area_id = :a group by 1")
                    .param("a", area.id()).query(rs -> {
                        counts.put(rs.getString(1), rs.getLong(2));
                    });
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            List<Long> values = BANDS.stream().map(b -> counts.getOrDefault(b, 0L)).toList();
            List<SmallCells.Cell> cells = SmallCells.breakdown(total, values, THRESHOLD);
            Map<String, SmallCells.Cell> bands = new java.util.LinkedHashMap<>();
            for (int i = 0; i < BANDS.size(); i++) {
                bands.put(BANDS.get(i), cells.get(i));
            }
            out.add(new BandFigures(area, SmallCells.total(total, THRESHOLD), bands));
        }
        return out;
    }
}
