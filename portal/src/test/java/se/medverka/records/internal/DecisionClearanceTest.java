package se.medverka.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.records.ErasureDecisions.Decision;

/** Which decision on erasure governs a committee's complaints. */
class DecisionClearanceTest {

    private static Decision decision(long id, String on, Long committee) {
        return new Decision(id, "D" + id, LocalDate.parse(on), "Kommunstyrelsen", "COMPLAINT", committee, "P2Y", "siffror", false);
    }

    @Test
    void withoutADecisionNothingGoverns() {
        assertThat(DecisionClearance.applicable(List.of(), "COMPLAINT", 7L)).isEmpty();
    }

    @Test
    void theCommitteesOwnDecisionComesBeforeTheCityWideOneEvenIfOlder() {
        List<Decision> all = List.of(decision(1, "2026-01-01", null), decision(2, "2025-01-01", 7L), decision(3, "2026-02-01", 8L));
        assertThat(DecisionClearance.applicable(all, "COMPLAINT", 7L)).map(Decision::id).contains(2L);
        assertThat(DecisionClearance.applicable(all, "COMPLAINT", 9L)).map(Decision::id).contains(1L);
        assertThat(DecisionClearance.applicable(all, "COMPLAINT", null)).map(Decision::id).contains(1L);
    }

    @Test
    void amongDecisionsOfTheSameReachTheLatestGoverns() {
        List<Decision> all = List.of(decision(1, "2024-01-01", null), decision(2, "2026-01-01", null));
        assertThat(DecisionClearance.applicable(all, "COMPLAINT", 7L)).map(Decision::id).contains(2L);
    }
}
