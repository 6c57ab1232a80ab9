package se.medverka.council.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.Url;

/** A meeting as an iCalendar file (RFC 5545, ical4j) for the invitation mail's attachment. */
public final class Invitations {

    private Invitations() {
    }

    /** {@code uid} stays the same for a meeting, so a calendar updates rather than duplicates it. */
    public static byte[] ics(String uid, String summary, Instant start, Instant end, String place, String link,
                             String description) {
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid));
        if (place != null) {
            event.add(new Location(place));
        }
        if (link != null) {
            event.add(new Url(java.net.URI.create(link)));
        }
        if (description != null) {
            event.add(new Description(description));
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Medverka//Council meetings//SV")
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
