package se.medverka.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetVoting.Item;

/**
 * The rounds and ballots the vote path reads, kept for a few seconds so that a vote does not read
 * the round, its areas and its items again on a connection of its own (issue 16's benchmark: 200
 * voters in the same instant queue for the pool). A cached answer is only trusted where the
 * database checks it again: the ballot's one statement ({@link BallotBox}) re-checks the phase, the
 * items and the sum, and a refusal read from the cache is confirmed on fresh data before it is
 * believed ({@link #check}). The phase is computed from the cached dates every time, so midnight
 * moves it at once; an edit of the dates on another node is seen within {@link #FRESH}. Only a copy
 * read while the round is voting is used again.
 */
@Component
class OpenRounds {

    static final Duration FRESH = Duration.ofSeconds(10);

    /** A round as read at {@code loaded}, with each area's ballot items (feasible, costed, cheapest first). */
    record Snapshot(Round round, Map<Long, List<Item>> items, Instant loaded, Phase loadedIn) {

        Phase phase(java.time.LocalDate today) {
            return Phase.on(today, round.proposalsFrom(), round.reviewFrom(), round.votingFrom(), round.votingUntil(),
                    round.implementationFrom());
        }

        List<Item> items(long areaId) {
            return items.getOrDefault(areaId, List.of());
        }
    }

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final Clock clock;
    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    OpenRounds(JdbcClient jdbc, BudgetRounds rounds, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.clock = clock;
    }

    /**
     * {@code check} applied to the cached round; if it refuses ({@link BudgetException}), the round is
     * read anew and checked again, so a refusal is never due to a stale copy.
     */
    <T> T check(long roundId, Function<Snapshot, T> check) {
        try {
            return check.apply(snapshot(roundId));
        } catch (BudgetException refused) {
            forget(roundId);
            return check.apply(snapshot(roundId));
        }
    }

    void forget(long roundId) {
        cache.remove(roundId);
    }

    private Snapshot snapshot(long roundId) {
        Instant now = clock.instant();
        Snapshot s = cache.get(roundId);
        // Only a copy read during voting is kept: the items cannot change then (review ends when voting opens).
        if (s == null || s.loaded().plus(FRESH).isBefore(now) || s.loadedIn() != Phase.VOTING
                || s.phase(rounds.today()) != Phase.VOTING) {
            s = load(roundId, now);
            cache.put(roundId, s);
        }
        return s;
    }

    private Snapshot load(long roundId, Instant now) {
        Round round = rounds.round(roundId).orElseThrow(() -> new BudgetException("budget.round.error.notfound"));
        record Row(long area, Item item) {
        }
        Map<Long, List<Item>> items = jdbc.sql("""
                select area_id, id, title, body, cost, picture is not null from budget_proposal
                where round_id = :r and status = 'FEASIBLE' order by cost, id""")
                .param("r", roundId)
                .query((rs, n) -> new Row(rs.getLong(1),
                        new Item(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getBoolean(6))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::area, Collectors.mapping(Row::item, Collectors.toUnmodifiableList())));
        return new Snapshot(round, Map.copyOf(items), now, round.phase());
    }
}
