package se.medverka.followup;

import java.time.LocalDate;

/** A period of figures: from {@code from} up to, not including, {@code to}. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("empty period");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(from, from.plusMonths(3));
    }

    /** Both days included, as people say it. */
    public static Period days(LocalDate first, LocalDate last) {
        return new Period(first, last.plusDays(1));
    }

    /** The whole months this period touches: from the first of {@code from}'s month to the end of {@code last()}'s. */
    public Period wholeMonths() {
        return new Period(from.withDayOfMonth(1), last().withDayOfMonth(1).plusMonths(1));
    }

    public LocalDate last() {
        return to.minusDays(1);
    }
}
