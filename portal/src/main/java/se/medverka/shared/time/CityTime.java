package se.medverka.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The city's time zone, in one place: days, deadlines and periods are the city's days, whatever
 * zone the server runs in. SQL that needs it binds {@link #ZONE_ID} as a parameter.
 */
public final class CityTime {

    public static final String ZONE_ID = "Europe/Stockholm";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private CityTime() {
    }

    /** Today in the city, by the injected clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant of the city's day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
