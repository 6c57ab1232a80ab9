package se.medverka.routing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.CaseDeadline;
import se.medverka.routing.CaseEvents.CaseOverdue;
import se.medverka.shared.time.CityTime;

/**
 * Reminds a committee's registry once when an open case passes its acknowledge or answer date.
 * Exactly once per case and deadline across nodes, with the database alone: each batch takes its
 * cases with {@code FOR NO KEY UPDATE SKIP LOCKED}, so two nodes work on different cases, and
 * records the reminder in {@code routing_due_reminder} (primary key case and deadline) in the same
 * transaction as the trail entry and the registry mail ({@link CaseOverdue}, queued synchronously
 * by notification). If the row is already there — another node committed it after this node's
 * query began — nothing is queued.
 */
@Component
public class DueReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DueReminderJob.class);

    /**
     * Cases still waiting for the deadline's step, past its date and not yet reminded of it.
     * Received cases have no committee to remind yet; acknowledging happens on the move to in
     * progress, so an acknowledged case has {@code acknowledged_at}. {@code NO KEY UPDATE} is enough
     * to keep other nodes and staff's state changes out, and lets others add trail rows meanwhile.
     */
    private static final String DUE = """
            select c.id, c.committee_id, c.%1$s as due_on
            from routing_case c
            where c.state not in ('RECEIVED', 'ANSWERED', 'CLOSED') and c.committee_id is not null %2$s
              and c.%1$s < :today
              and not exists (select 1 from routing_due_reminder r where r.case_id = c.id and r.kind = :kind)
            order by c.%1$s, c.id
            limit :limit
            for no key update of c skip locked""";

    private final JdbcClient jdbc;
    private final CaseEventRepository trail;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    DueReminderJob(JdbcClient jdbc, CaseEventRepository trail, ApplicationEventPublisher publisher,
                   TransactionTemplate transactions, Clock clock,
                   @Value("${medverka.routing.reminder-batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
    }

    @Scheduled(fixedDelayString = "${medverka.routing.reminder-interval:PT15M}",
               initialDelayString = "${medverka.routing.reminder-interval:PT15M}")
    public void scheduled() {
        int reminded = remindDue();
        if (reminded > 0) {
            log.info("Due-date reminders: {} queued", reminded);
        }
    }

    /** Reminds of every deadline passed by now, a batch per transaction; returns how many reminders this node queued. */
    public int remindDue() {
        int reminded = 0;
        for (CaseDeadline deadline : CaseDeadline.values()) {
            Batch batch;
            do {
                batch = transactions.execute(status -> remindBatch(deadline));
                reminded += batch.reminded();
            } while (batch.taken() == batchSize);
        }
        return reminded;
    }

    private Batch remindBatch(CaseDeadline deadline) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CityTime.ZONE);
        String sql = switch (deadline) {
            case ACKNOWLEDGE -> DUE.formatted("acknowledge_due", "and c.acknowledged_at is null");
            case ANSWER -> DUE.formatted("answer_due", "");
        };
        List<Due> due = jdbc.sql(sql).param("today", today).param("kind", deadline.name()).param("limit", batchSize)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("committee_id"), rs.getObject("due_on", LocalDate.class)))
                .list();
        int reminded = 0;
        for (Due c : due) {
            int inserted = jdbc.sql("""
                    insert into routing_due_reminder (case_id, kind, committee_id, due_on, reminded_at)
                    values (:case, :kind, :committee, :due, :now)
                    on conflict do nothing""")
                    .param("case", c.caseId()).param("kind", deadline.name()).param("committee", c.committeeId())
                    .param("due", c.dueOn()).param("now", java.sql.Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                trail.save(new CaseEventRecord(c.caseId(), now, "system", "REMINDER", deadline.name(), c.dueOn().toString(), null));
                publisher.publishEvent(new CaseOverdue(c.caseId(), c.committeeId(), deadline));
                reminded++;
            }
        }
        return new Batch(due.size(), reminded);
    }

    private record Due(long caseId, long committeeId, LocalDate dueOn) {
    }

    private record Batch(int taken, int reminded) {
    }
}
