package se.medverka.dialogue.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.i18n.Formats;

/**
 * Retention of the e-mail addresses dialogue participants leave for the feedback, which is their
 * only use. An address goes (with its confirmation token):
 * <ul>
 *   <li>once the dialogue's feedback is published — its mails are queued in that same transaction;</li>
 *   <li>when it was never confirmed, {@code medverka.dialogue.unconfirmed-retention} (default {@code P30D}) after it was given;</li>
 *   <li>when the dialogue closed without feedback, {@code medverka.dialogue.address-retention}
 *       (default {@code P1Y}) after closing.</li>
 * </ul>
 * The participant row stays (answers and posts point to it), without the address.
 */
@Component
public class ParticipantAddressRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final java.time.Period unconfirmed;
    private final java.time.Period afterClosing;

    ParticipantAddressRetention(JdbcClient jdbc, Clock clock,
                                @Value("${medverka.dialogue.unconfirmed-retention:P30D}") java.time.Period unconfirmed,
                                @Value("${medverka.dialogue.address-retention:P1Y}") java.time.Period afterClosing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.unconfirmed = unconfirmed;
        this.afterClosing = afterClosing;
    }

    @Scheduled(cron = "${medverka.retention-cron:0 27 3 * * *}", zone = "Europe/Stockholm")
    public void scheduled() {
        eraseDue();
    }

    /** Erases the addresses that are due; returns how many. */
    @Transactional
    public int eraseDue() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), Formats.ZONE);
        Instant unconfirmedCutoff = now.minus(unconfirmed).toInstant();
        Instant closedCutoff = now.minus(afterClosing).toInstant();
        return jdbc.sql("""
                update dialogue_participant p set email = null, email_token = null
                from dialogue_dialogue d
                where d.id = p.dialogue_id and p.email is not null
                  and (d.feedback_at is not null
                       or (p.email_confirmed_at is null and p.created_at < :unconfirmed)
                       or (d.closed_at is not null and d.closed_at < :closed))""")
                .param("unconfirmed", Timestamp.from(unconfirmedCutoff))
                .param("closed", Timestamp.from(closedCutoff)).update();
    }
}
