package se.medverka.shared.infra;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes the work of a node that died. An event whose listener did not complete stays in the
 * publication registry; Spring Modulith's staleness monitor marks it failed once it is older than
 * {@code spring.modulith.events.staleness.*}, and this job, on whichever node is alive, hands it to
 * its listener again. Listeners are idempotent, so a late duplicate does no harm. Replaces
 * "republish on restart", which only helps if the same node comes back.
 */
@Component
class StaleEventResubmission {

    private static final Logger log = LoggerFactory.getLogger(StaleEventResubmission.class);

    private final FailedEventPublications failed;
    private final Duration minAge;

    StaleEventResubmission(FailedEventPublications failed,
                           @Value("${medverka.events.resubmit-min-age:PT1M}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${medverka.events.resubmit-interval:PT1M}",
               initialDelayString = "${medverka.events.resubmit-interval:PT1M}")
    public void resubmit() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        } catch (RuntimeException e) {
            // The next run tries again; a database that is down must not stop the scheduler.
            log.warn("Resubmitting stale event publications failed: {}", e.getMessage());
        }
    }
}
