package se.medverka.shared.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import se.medverka.shared.time.CityTime;

/**
 * Dates and times in a language's conventions; languages the JDK has no data for (Meänkieli, Lule
 * and South Sami, Romani) use Swedish formats rather than falling back to English month names.
 */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formatLocale(locale)).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(formatLocale(locale)).withZone(CityTime.ZONE).format(instant);
    }

    /** A whole or decimal number with the language's separators (e.g. {@code 1 234,5} in Swedish). */
    public static String number(Number number, Locale locale) {
        return java.text.NumberFormat.getNumberInstance(formatLocale(locale)).format(number);
    }

    private static Locale formatLocale(Locale locale) {
        return Language.fromLocale(locale).formatLocale();
    }
}
