package se.medverka.legal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.legal.AccessibilityReports;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.time.CityTime;

/**
 * Retention of the e-mail address of a reported accessibility problem, whose only use is the answer.
 * An answered report's address is erased when the answer mail is queued ({@link AccessibilityReports#answer});
 * this job erases the address of a report still unanswered {@code medverka.legal.report.address-retention}
 * (default {@code P6M}) after it arrived. The report stays (it is a case), without the address.
 * <p>
 * It also re-seals the addresses still under an older complaint key, so that a rotated key can be
 * retired the day after the rotation without this module's addresses becoming unreadable.
 */
@Component
public class ReportAddressRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;
    private final PersonalDataSeal seal;

    ReportAddressRetention(JdbcClient jdbc, Clock clock, PersonalDataSeal seal,
                           @Value("${medverka.legal.report.address-retention:P6M}") Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = seal;
        this.retention = retention;
    }

    @Scheduled(cron = "${medverka.retention-cron:0 27 3 * * *}", zone = CityTime.ZONE_ID)
    public void scheduled() {
        eraseDue();
        resealOldKeys();
    }

    /** Erases the addresses that are due; returns how many. */
    @Transactional
    public int eraseDue() {
        var cutoff = ZonedDateTime.ofInstant(clock.instant(), CityTime.ZONE).minus(retention).toInstant();
        return jdbc.sql("update accessibility_report set email_enc = null where email_enc is not null and received_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    /** Re-encrypts addresses made with an older key under the current one; returns how many. */
    @Transactional
    public int resealOldKeys() {
        record Row(long id, String caseNumber, String sealed) {
        }
        List<Row> rows = jdbc.sql("select id, case_number, email_enc from accessibility_report where email_enc is not null for update")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        int changed = 0;
        for (Row row : rows) {
            if (seal.oldKey(row.sealed())) {
                String context = AccessibilityReports.addressContext(row.caseNumber());
                jdbc.sql("update accessibility_report set email_enc = :e where id = :id")
                        .param("e", seal.seal(seal.open(row.sealed(), context), context)).param("id", row.id()).update();
                changed++;
            }
        }
        return changed;
    }
}
