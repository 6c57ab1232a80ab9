package se.medverka.complaint.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of complaints ({@code medverka.complaint.*}).
 *
 * @param keys          encryption keys {@code id:base64,id:base64}, the first is current; from
 *                      {@code MEDVERKA_COMPLAINT_KEYS}, never in the repository or database
 * @param devKeyFile    where a generated development key is kept when no keys are configured
 * @param minFillTime   a form sent faster than this is refused as automated
 * @param retention     how long after closing the sensitive content is kept
 * @param retentionCron when the retention job runs
 */
@ConfigurationProperties("medverka.complaint")
public record ComplaintSettings(
        @DefaultValue("") String keys,
        @DefaultValue(".medverka/complaint-dev.key") String devKeyFile,
        @DefaultValue("PT3S") Duration minFillTime,
        @DefaultValue("P2Y") String retention,
        @DefaultValue("0 17 3 * * *") String retentionCron) {

    /** The retention period: ISO-8601 period ({@code P2Y}) or duration ({@code PT1H}). */
    public java.time.temporal.TemporalAmount retentionPeriod() {
        return retention.startsWith("PT") ? Duration.parse(retention) : java.time.Period.parse(retention);
    }
}
