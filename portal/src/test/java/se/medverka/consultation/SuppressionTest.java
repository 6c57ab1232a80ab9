package se.medverka.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.consultation.Suppression.Figure;

/** The small-cell rule: no figure based on fewer than five answers is shown. */
class SuppressionTest {

    @Test
    void aTotalBelowFiveIsFewerThanFive() {
        assertThat(Suppression.total(0).suppressed()).isTrue();
        assertThat(Suppression.total(4).suppressed()).isTrue();
        assertThat(Suppression.total(5)).isEqualTo(new Figure(5));
        assertThat(Suppression.total(4).show("fewer than 5")).isEqualTo("fewer than 5");
    }

    @Test
    void everyCountOfACellBelowFiveIsHidden() {
        assertThat(Suppression.counts(4, List.of(4, 0, 0))).allMatch(Figure::suppressed);
    }

    @Test
    void countsOfOneToFourAreHiddenAndZeroAndFiveUpShown() {
        assertThat(Suppression.counts(24, List.of(0, 3, 4, 5, 12)))
                .containsExactly(new Figure(0), Figure.FEWER, Figure.FEWER, new Figure(5), new Figure(12));
        // one hidden count alone would be total minus the rest: the next smallest goes too
        assertThat(Suppression.counts(20, List.of(0, 3, 5, 12, 0)))
                .containsExactly(new Figure(0), Figure.FEWER, Figure.FEWER, new Figure(12), new Figure(0));
    }

    @Test
    void aSingleHiddenCountIsProtectedFromSubtraction() {
        // 7 answers, 2 and 5: showing 5 would give away the 2.
        assertThat(Suppression.counts(7, List.of(2, 5, 0))).containsExactly(Figure.FEWER, Figure.FEWER, new Figure(0));
        // with two hidden counts the rest may show
        assertThat(Suppression.counts(12, List.of(2, 3, 7))).containsExactly(Figure.FEWER, Figure.FEWER, new Figure(7));
    }

    @Test
    void fiveOrMoreEverywhereIsShownAsIs() {
        assertThat(Suppression.counts(10, List.of(5, 5))).containsExactly(new Figure(5), new Figure(5));
    }
}
