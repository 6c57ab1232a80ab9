package se.medverka.records.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetErasureClearance;
import se.medverka.records.ErasureDecisions.Decision;
import se.medverka.shared.time.CityTime;

/**
 * Tells the budget's retention what a recorded decision on erasure allows, by the same rule as for
 * complaints ({@link DecisionClearance#applicable}): the committee's own decision for the kind, else
 * the one for every committee; its period must have passed. A decision that requires delivery to the
 * archive first allows nothing here (budget data is not delivered).
 */
@Component
class BudgetDecisionClearance implements BudgetErasureClearance {

    private final DecisionStore decisions;

    BudgetDecisionClearance(DecisionStore decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<String> allows(String kind, long committeeId, Instant finished, Instant now) {
        Optional<Decision> applies = DecisionClearance.applicable(decisions.all(), kind, committeeId);
        if (applies.isEmpty() || applies.get().archiveFirst()
                || ZonedDateTime.ofInstant(finished, CityTime.ZONE).plus(applies.get().eraseAfterPeriod()).toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(applies.get().reference());
    }
}
