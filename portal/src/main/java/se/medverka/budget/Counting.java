package se.medverka.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The counting rule, one area at a time (docs/modules/budget.md): the items are ranked by votes,
 * most first; a tie goes to the cheaper item, and a tie in cost to the item proposed first (lower
 * id). Down that ranking each item is funded if its cost fits in what is left of the area's sum;
 * an item that no longer fits is skipped and the next ones are still tried ("greedy", as Decidim
 * and the Stanford participatory budgeting platform do). An item with no votes is never funded.
 * Pure and deterministic: the same ballots always give the same winners.
 */
public final class Counting {

    private Counting() {
    }

    public record Item(long id, long cost, long votes) {
    }

    public enum Outcome { FUNDED, DOES_NOT_FIT, NO_VOTES;

        public String labelKey() {
            return switch (this) {
                case FUNDED -> "budget.results.outcome.funded.label";
                case DOES_NOT_FIT -> "budget.results.outcome.does_not_fit.label";
                case NO_VOTES -> "budget.results.outcome.no_votes.label";
            };
        }
    }

    public record Result(Item item, int rank, Outcome outcome, long leftAfter) {
    }

    public static final Comparator<Item> RANKING = Comparator.comparingLong(Item::votes).reversed()
            .thenComparingLong(Item::cost).thenComparingLong(Item::id);

    public static List<Result> count(long amount, List<Item> items) {
        List<Item> ranked = new ArrayList<>(items);
        ranked.sort(RANKING);
        List<Result> out = new ArrayList<>(ranked.size());
        long left = amount;
        int rank = 0;
        for (Item item : ranked) {
            rank++;
            Outcome outcome;
            if (item.votes() == 0) {
                outcome = Outcome.NO_VOTES;
            } else if (item.cost() <= left) {
                outcome = Outcome.FUNDED;
                left -= item.cost();
            } else {
                outcome = Outcome.DOES_NOT_FIT;
            }
            out.add(new Result(item, rank, outcome, left));
        }
        return out;
    }
}
