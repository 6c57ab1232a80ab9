package se.medverka.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void easterIsComputedRight() {
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void weekendsAndHolidaysAreSkipped() {
        // Friday 2026-12-18 + 10 working days: skips two weekends and 24, 25, 26 (Sat), 31 Dec, 1 Jan, 6 Jan.
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 18), 2)).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 8));
        // Maundy Thursday 2026-04-02: Good Friday and Easter Monday are holidays.
        assertThat(WorkingDays.add(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        // Midsummer Eve 2026 is Friday 19 June.
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 18))).isTrue();
        // National Day and Ascension Day 2026 (14 May).
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    }
}
