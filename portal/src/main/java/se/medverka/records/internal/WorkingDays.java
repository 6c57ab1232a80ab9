package se.medverka.records.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days for the "skyndsamt" due dates: Monday to Friday (public holidays are not counted out). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static LocalDate add(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
