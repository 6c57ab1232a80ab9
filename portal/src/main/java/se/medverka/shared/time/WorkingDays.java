package se.medverka.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Swedish working days: not Saturday or Sunday, not a public holiday (allmän helgdag, lag (1989:253)
 * om allmänna helgdagar: the fixed ones, the Easter-based ones, Midsummer Day, All Saints' Day), and
 * not the eves authorities keep closed as holidays (Midsummer, Christmas and New Year's Eve). Computed,
 * not looked up, so it holds for every year; used for every "working days" deadline (case
 * acknowledgement and answer, the "skyndsamt" first action on a request for public records).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code start} (the start day itself not counted). */
    public static LocalDate add(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date);
    }

    static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easterSunday(year);
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.JANUARY, 6));
        days.add(easter.minusDays(2));            // Good Friday
        days.add(easter);
        days.add(easter.plusDays(1));             // Easter Monday
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(easter.plusDays(39));            // Ascension Day
        days.add(easter.plusDays(49));            // Whit Sunday
        days.add(LocalDate.of(year, Month.JUNE, 6));
        LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1));       // Midsummer Day
        days.add(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        days.add(LocalDate.of(year, Month.DECEMBER, 24));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        days.add(LocalDate.of(year, Month.DECEMBER, 31));
        return days;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
