package se.medverka.budget;

import java.time.LocalDate;

/** Where a round stands on a given day, from its dates. */
public enum Phase {
    UPCOMING, PROPOSALS, REVIEW, VOTING, RESULTS, IMPLEMENTATION;

    public String labelKey() {
        return switch (this) {
            case UPCOMING -> "budget.phase.upcoming.label";
            case PROPOSALS -> "budget.phase.proposals.label";
            case REVIEW -> "budget.phase.review.label";
            case VOTING -> "budget.phase.voting.label";
            case RESULTS -> "budget.phase.results.label";
            case IMPLEMENTATION -> "budget.phase.implementation.label";
        };
    }

    /**
     * Proposals from {@code proposalsFrom} until the day before review; review until the day before
     * voting; voting through {@code votingUntil}; results from the day after; implementation from its date.
     */
    public static Phase on(LocalDate day, LocalDate proposalsFrom, LocalDate reviewFrom, LocalDate votingFrom,
                           LocalDate votingUntil, LocalDate implementationFrom) {
        if (day.isBefore(proposalsFrom)) {
            return UPCOMING;
        }
        if (day.isBefore(reviewFrom)) {
            return PROPOSALS;
        }
        if (day.isBefore(votingFrom)) {
            return REVIEW;
        }
        if (!day.isAfter(votingUntil)) {
            return VOTING;
        }
        if (day.isBefore(implementationFrom)) {
            return RESULTS;
        }
        return IMPLEMENTATION;
    }

    public boolean atLeast(Phase other) {
        return ordinal() >= other.ordinal();
    }
}
