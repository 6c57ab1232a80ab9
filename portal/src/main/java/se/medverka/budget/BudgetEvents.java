package se.medverka.budget;

/** What the budget module announces; ids only, the listeners ask the module for the rest. */
public final class BudgetEvents {

    private BudgetEvents() {
    }

    /** Someone asked to follow a winning project by mail: the confirmation link is to be sent. */
    public record FollowerAdded(long followerId) {
    }

    /**
     * A proposer or a voter left an address to follow what wins (a proposer: their proposal; a
     * voter: the winners of their area): the confirmation link is to be sent.
     */
    public record RoundFollowerAdded(long roundFollowerId) {
    }

    /** Staff posted a dated update of a winning project: its confirmed followers are to be told. */
    public record ProjectUpdated(long updateId) {
    }
}
