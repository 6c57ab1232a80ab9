package se.medverka.council;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.time.CityTime;

/**
 * Counts of the city's work with councils and referrals, for follow-up and MR-trappan's step 4
 * ("Delaktighet och inflytande tillgodoses"): about the city's work, not about people, so no cell
 * is suppressed. A committee's figures count its councils' meetings and the referrals it sent;
 * {@code committeeId} null is the whole city.
 */
@Service
@Transactional(readOnly = true)
public class CouncilFigures {

    /**
     * @param meetingsHeld     meetings that began in the period
     * @param minutesPublished of those, meetings whose minutes are approved and public
     * @param referralsSent    referrals sent in the period
     * @param recipients       their recipients
     * @param answered         recipients who answered
     * @param answeredOnTime   recipients who answered by their (possibly extended) last day
     * @param extensions       recipients granted more time
     */
    public record Activity(long meetingsHeld, long minutesPublished, long referralsSent, long recipients, long answered,
                           long answeredOnTime, long extensions) {
    }

    private final JdbcClient jdbc;

    CouncilFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public Activity activity(Long committeeId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(CityTime.startOf(from));
        Timestamp end = Timestamp.from(CityTime.startOf(to));
        long[] meetings = jdbc.sql("""
                select count(*), count(m.published_at) from council_meeting m join council c on c.id = m.council_id
                where m.starts_at >= :s and m.starts_at < :e and (cast(:c as bigint) is null or c.committee_id = :c)""")
                .param("s", start).param("e", end).param("c", committeeId, java.sql.Types.BIGINT)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long[] referrals = jdbc.sql("""
                select count(distinct f.id), count(r.id), count(r.answered_at),
                       count(*) filter (where r.answered_at is not null
                                        and (r.answered_at at time zone :zone)::date <= r.deadline),
                       count(r.extension_granted_at)
                from council_referral f left join council_referral_recipient r on r.referral_id = f.id
                where f.sent_at >= :s and f.sent_at < :e and (cast(:c as bigint) is null or f.committee_id = :c)""")
                .param("s", start).param("e", end).param("c", committeeId, java.sql.Types.BIGINT).param("zone", CityTime.ZONE_ID)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}).single();
        return new Activity(meetings[0], meetings[1], referrals[0], referrals[1], referrals[2], referrals[3], referrals[4]);
    }
}
