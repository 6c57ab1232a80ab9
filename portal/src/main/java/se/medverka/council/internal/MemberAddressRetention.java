package se.medverka.council.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.time.CityTime;

/**
 * A former member's address is erased once every mandate they held ended more than
 * {@code medverka.council.address-retention} ago (default one year): the sealed address and its
 * lookup hash go, so no mail and no sign-in reach them; their name, role and mandate stay on the
 * council's pages and minutes, which are public records. Runs nightly.
 */
@Component
public class MemberAddressRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;
    private final AuditLog audit;

    MemberAddressRetention(JdbcClient jdbc, Clock clock, AuditLog audit,
                           @Value("${medverka.council.address-retention:P1Y}") String retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.retention = Period.parse(retention);
    }

    @Scheduled(cron = "${medverka.council.address-retention-cron:0 40 3 * * *}", zone = CityTime.ZONE_ID)
    public void scheduled() {
        eraseDue();
    }

    /** Erases what is due now; returns how many addresses. */
    @Transactional
    public int eraseDue() {
        LocalDate cutoff = CityTime.today(clock).minus(retention);
        int erased = jdbc.sql("""
                update council_person p set email_enc = '', email_hash = 'erased:' || p.id
                where p.email_enc <> ''
                  and not exists (select 1 from council_member m where m.person_id = p.id and m.mandate_to >= :cutoff)""")
                .param("cutoff", cutoff).update();
        if (erased > 0) {
            audit.record("system", "COUNCIL_ADDRESSES_ERASED", "council_person", null, erased + " addresses");
        }
        return erased;
    }
}
