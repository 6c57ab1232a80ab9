package se.medverka.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.medverka.budget.Counting.Item;
import se.medverka.budget.Counting.Outcome;
import se.medverka.budget.Counting.Result;

/**
 * The counting rule against a result worked out by hand, from a fixture set of ballots: a tie in
 * votes (broken by cost, then by the earlier proposal), an item that no longer fits and is skipped
 * while a later, cheaper one is funded, and an item that fills the sum exactly to the last krona.
 */
class CountingTest {

    /**
     * District sum 1 000 000. Proposals (id: cost): 1: 500 000, 2: 300 000, 3: 300 000,
     * 4: 250 000, 5: 200 000, 6: 100 000, 7: 50 000.
     * Twelve ballots, each within the sum:
     * <pre>
     *   3× {1, 2, 6}     = 900 000
     *   2× {1, 3, 7}     = 850 000
     *   2× {2, 3, 5}     = 800 000
     *   1× {3, 4, 7}     = 600 000
     *   1× {4, 5, 6}     = 550 000
     *   1× {1, 4}        = 750 000
     *   1× {6}           = 100 000
     *   1× {5}           = 200 000
     * </pre>
     * Votes: 1 → 3+2+1 = 6; 2 → 3+2 = 5; 3 → 2+2+1 = 5; 4 → 1+1+1 = 3; 5 → 2+1+1 = 4;
     * 6 → 3+1+1 = 5; 7 → 2+1 = 3.
     * Ranking: 1 (6); then 2, 3, 6 tie at 5 — by cost 6 (100 000) first, then 2 and 3 both 300 000,
     * so by id 2 before 3; then 5 (4); then 4 and 7 tie at 3 — by cost 7 (50 000) before 4.
     * Funding down that list from 1 000 000: 1 → 500 000 left; 6 → 400 000; 2 → 100 000;
     * 3 (300 000) does not fit, skipped; 5 (200 000) does not fit; 7 → 50 000 left;
     * 4 (250 000) does not fit. Winners: 1, 6, 2, 7 (950 000).
     */
    @Test
    void theFixtureBallotsGiveTheHandComputedWinners() {
        Map<Long, Long> cost = Map.of(1L, 500_000L, 2L, 300_000L, 3L, 300_000L, 4L, 250_000L, 5L, 200_000L,
                6L, 100_000L, 7L, 50_000L);
        List<List<Long>> ballots = new ArrayList<>();
        add(ballots, 3, 1, 2, 6);
        add(ballots, 2, 1, 3, 7);
        add(ballots, 2, 2, 3, 5);
        add(ballots, 1, 3, 4, 7);
        add(ballots, 1, 4, 5, 6);
        add(ballots, 1, 1, 4);
        add(ballots, 1, 6);
        add(ballots, 1, 5);
        for (List<Long> b : ballots) {
            assertThat(b.stream().mapToLong(cost::get).sum()).as("every fixture ballot fits the sum").isLessThanOrEqualTo(1_000_000);
        }
        Map<Long, Long> votes = new HashMap<>();
        ballots.forEach(b -> b.forEach(i -> votes.merge(i, 1L, Long::sum)));
        List<Item> items = cost.keySet().stream().sorted().map(id -> new Item(id, cost.get(id), votes.getOrDefault(id, 0L))).toList();

        List<Result> result = Counting.count(1_000_000, items);

        assertThat(result).extracting(r -> r.item().id()).containsExactly(1L, 6L, 2L, 3L, 5L, 7L, 4L);
        assertThat(result).extracting(Result::outcome).containsExactly(Outcome.FUNDED, Outcome.FUNDED, Outcome.FUNDED,
                Outcome.DOES_NOT_FIT, Outcome.DOES_NOT_FIT, Outcome.FUNDED, Outcome.DOES_NOT_FIT);
        assertThat(result).extracting(r -> r.item().votes()).containsExactly(6L, 5L, 5L, 5L, 4L, 3L, 3L);
        assertThat(result.get(result.size() - 1).leftAfter()).isEqualTo(50_000);
    }

    @Test
    void anItemThatFillsTheSumToTheLastKronaIsFundedAndOneKronaMoreIsNot() {
        List<Result> exact = Counting.count(1_000, List.of(new Item(1, 600, 9), new Item(2, 400, 8)));
        assertThat(exact).extracting(Result::outcome).containsExactly(Outcome.FUNDED, Outcome.FUNDED);
        assertThat(exact.get(1).leftAfter()).isZero();
        List<Result> over = Counting.count(1_000, List.of(new Item(1, 600, 9), new Item(2, 401, 8)));
        assertThat(over).extracting(Result::outcome).containsExactly(Outcome.FUNDED, Outcome.DOES_NOT_FIT);
    }

    @Test
    void aTieInVotesAndCostGoesToTheEarlierProposalAndTheOrderOfInputDoesNotMatter() {
        List<Item> a = List.of(new Item(7, 500, 3), new Item(4, 500, 3));
        List<Item> b = List.of(new Item(4, 500, 3), new Item(7, 500, 3));
        assertThat(Counting.count(500, a)).extracting(r -> r.item().id() + ":" + r.outcome())
                .containsExactly("4:FUNDED", "7:DOES_NOT_FIT");
        assertThat(Counting.count(500, b)).isEqualTo(Counting.count(500, a));
    }

    @Test
    void anItemWithoutVotesIsNeverFunded() {
        assertThat(Counting.count(1_000, List.of(new Item(1, 10, 0)))).extracting(Result::outcome).containsExactly(Outcome.NO_VOTES);
    }

    private static void add(List<List<Long>> ballots, int times, long... items) {
        for (int i = 0; i < times; i++) {
            ballots.add(java.util.Arrays.stream(items).boxed().toList());
        }
    }
}
