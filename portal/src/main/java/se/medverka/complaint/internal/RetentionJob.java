package se.medverka.complaint.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintEvents;
import se.medverka.complaint.ErasureClearance;
import se.medverka.shared.time.CityTime;

/**
 * Retention (gallring): when a complaint has been closed for the configured period, its sensitive
 * content is erased and only the sealed monthly counts of follow-up remain; {@code ComplaintErased}
 * tells the notification module to drop mails still queued for it. Safe with several nodes: rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so two nodes never erase the same complaint; every run is
 * recorded in {@code complaint_retention_run} and every erasure in the audit log.
 *
 * <p>Only what a recorded decision on erasure covers is erased ({@link ErasureClearance}, kept by the
 * records module): the decision's period must have passed and, where it requires delivery to the
 * archive first, the archive must have receipted the delivery. Everything else due stays, with the
 * reason ({@code retention_hold}), in the list staff see; it is looked at again on every run.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final ComplaintStore store;
    private final AuditLog audit;
    private final ComplaintSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<ErasureClearance> clearance;

    RetentionJob(ComplaintStore store, AuditLog audit, ComplaintSettings settings, Clock clock,
                 TransactionTemplate transactions, ApplicationEventPublisher publisher,
                 ObjectProvider<ErasureClearance> clearance) {
        this.publisher = publisher;
        this.clearance = clearance;
        this.transactions = transactions;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${medverka.complaint.retention-cron:0 17 3 * * *}", zone = CityTime.ZONE_ID)
    public void scheduled() {
        int erased = eraseDue();
        if (erased > 0) {
            log.info("Retention: erased the content of {} closed complaints", erased);
        }
    }

    /** Erases what is due now, in one transaction that holds the row locks; returns how many were erased. */
    public int eraseDue() {
        return transactions.execute(status -> eraseDueInTransaction());
    }

    private int eraseDueInTransaction() {
        Instant now = clock.instant();
        Instant cutoff = ZonedDateTime.ofInstant(now, CityTime.ZONE).minus(settings.retentionPeriod()).toInstant();
        List<ComplaintStore.Row> due = store.lockDueForErasure(cutoff, now, BATCH);
        ErasureClearance decisions = clearance.getIfAvailable();
        int erased = 0;
        for (ComplaintStore.Row c : due) {
            ErasureClearance.Verdict verdict = decisions == null
                    ? ErasureClearance.Verdict.hold("NO_DECISION", null)
                    : decisions.check(c.caseId(), c.committeeId(), c.closedAt(), now);
            if (!verdict.erase()) {
                store.hold(c.id(), verdict.hold(), now);
                continue;
            }
            store.erase(c, now);
            publisher.publishEvent(new ComplaintEvents.ComplaintErased(c.id()));
            audit.record("system", "COMPLAINT_ERASED", "case", String.valueOf(c.caseId()),
                    "retention " + settings.retention() + ", decision " + verdict.decision());
            erased++;
        }
        store.recordRun(now, node(), cutoff, erased);
        return erased;
    }

    /** Host and process id: two nodes on one host are still told apart in the run log. */
    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
