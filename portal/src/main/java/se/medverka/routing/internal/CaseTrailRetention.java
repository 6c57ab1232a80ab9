package se.medverka.routing.internal;

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
 * Retention of the case trail's reasons: staff write them in free text (why a case was forwarded,
 * re-routed…) and may quote the resident, so they go {@code medverka.routing.reason-retention}
 * (default {@code P2Y}, the complaints' retention) after the case was closed. The trail itself —
 * who, when, from which state or committee to which — stays: the database refuses any other change
 * (V15's row trigger).
 */
@Component
public class CaseTrailRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final java.time.Period retention;

    CaseTrailRetention(JdbcClient jdbc, Clock clock,
                       @Value("${medverka.routing.reason-retention:P2Y}") java.time.Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${medverka.retention-cron:0 27 3 * * *}", zone = "Europe/Stockholm")
    public void scheduled() {
        clearReasons();
    }

    /** Clears the reasons of cases closed longer ago than the retention; returns how many trail rows lost one. */
    @Transactional
    public int clearReasons() {
        Instant cutoff = ZonedDateTime.ofInstant(clock.instant(), Formats.ZONE).minus(retention).toInstant();
        return jdbc.sql("""
                update routing_case_event e set reason = null
                from routing_case c
                where c.id = e.case_id and e.reason is not null and c.state = 'CLOSED' and c.closed_at < :cutoff""")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
