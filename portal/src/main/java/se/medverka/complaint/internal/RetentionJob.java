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
import org.springframework.context.ApplicationEventPublisher;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintEvents;
import se.medverka.shared.i18n.Formats;

/**
 * Retention (gallring): when a complaint has been closed for the configured period, its sensitive
 * content is erased and only the sealed monthly counts of follow-up remain; {@code ComplaintErased}
 * tells the notification module to drop mails still queued for it. Safe with several nodes: rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, so two nodes never erase the same complaint; every run is
 * recorded in {@code complaint_retention_run} and every erasure in the audit log.
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

    RetentionJob(ComplaintStore store, AuditLog audit, ComplaintSettings settings, Clock clock,
                 TransactionTemplate transactions, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${medverka.complaint.retention-cron:0 17 3 * * *}", zone = "Europe/Stockholm")
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
        Instant cutoff = ZonedDateTime.ofInstant(now, Formats.ZONE).minus(settings.retentionPeriod()).toInstant();
        List<ComplaintStore.Row> due = store.lockDueForErasure(cutoff, BATCH);
        for (ComplaintStore.Row c : due) {
            store.erase(c, now);
            publisher.publishEvent(new ComplaintEvents.ComplaintErased(c.id()));
            audit.record("system", "COMPLAINT_ERASED", "case", String.valueOf(c.caseId()), "retention " + settings.retention());
        }
        store.recordRun(now, node(), cutoff, due.size());
        return due.size();
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
