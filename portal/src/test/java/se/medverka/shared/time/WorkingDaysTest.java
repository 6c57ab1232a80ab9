package se.medverka.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every weekday of 2026 and 2027 that is not a working day, written out from the Swedish calendar
     * (public holidays, and Midsummer, Christmas and New Year's Eve, which authorities keep closed).
     * Holidays on a weekend (6 June 2026 and 2027, All Saints' Day, Midsummer Day, 26 Dec 2026) are
     * weekend days anyway.
     */
    @Test
    void theWeekdaysOffIn2026And2027AreExactlyTheSwedishOnes() {
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 6), LocalDate.of(2027, 6, 25), LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31));
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !WorkingDays.isWorkingDay(d)) {
                off.add(d);
            }
        }
        assertThat(off).containsExactlyElementsOf(expected);
        // The holidays that fall on a weekend are known too.
        assertThat(WorkingDays.holidays(2026)).contains(LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 24));
        assertThat(WorkingDays.holidays(2027)).contains(LocalDate.of(2027, 6, 26), LocalDate.of(2027, 11, 6),
                LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
    }

    @Test
    void skyndsamtIsTheNextWorkingDay() {
        // A request on Wednesday 23 Dec 2026 is due Monday 28 Dec; one on 30 Dec is due Monday 4 Jan 2027.
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // Thursday 18 June 2026, before Midsummer Eve: due Monday 22 June.
        assertThat(WorkingDays.add(LocalDate.of(2026, 6, 18), 1)).isEqualTo(LocalDate.of(2026, 6, 22));
        // Wednesday 5 May 2027, before Ascension Day: due Friday 7 May.
        assertThat(WorkingDays.add(LocalDate.of(2027, 5, 5), 1)).isEqualTo(LocalDate.of(2027, 5, 7));
        // Holy Thursday 25 March 2027: due Tuesday 30 March.
        assertThat(WorkingDays.add(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        // A request on a Saturday is due Monday.
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
