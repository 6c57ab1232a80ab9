package se.medverka.followup.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintEvents.ComplaintKeyRotated;

/** Seals the monthly counts again with the newest key when complaint content is re-encrypted (key rotation). */
@Component
class CountsResealing {

    private static final Logger log = LoggerFactory.getLogger(CountsResealing.class);

    private final ComplaintCounts counts;

    CountsResealing(ComplaintCounts counts) {
        this.counts = counts;
    }

    @EventListener
    void on(ComplaintKeyRotated event) {
        log.info("Key rotation: re-sealed {} monthly complaint counts", counts.reseal());
    }
}
