package se.medverka.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of the outbox. A mail to a resident loses its recipient and body as soon as it is sent
 * ({@link OutboxMail#sent}); one that failed for good keeps them for {@code medverka.mail.failed-retention}
 * (default 30 days: long enough for an administrator to see why and repair the mail server), then
 * loses them too. Queued mails of an erased complaint are deleted when it is erased.
 */
@Component
public class OutboxRetention {

    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration failedRetention;

    OutboxRetention(OutboxRepository outbox, TransactionTemplate transactions, Clock clock,
                    @Value("${medverka.mail.failed-retention:P30D}") Duration failedRetention) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.failedRetention = failedRetention;
    }

    @Scheduled(cron = "${medverka.retention-cron:0 27 3 * * *}", zone = "Europe/Stockholm")
    public void scheduled() {
        redactFailed();
    }

    /** Redacts the personal mails that failed for good longer ago than the retention; returns how many. */
    public int redactFailed() {
        Instant now = clock.instant();
        return transactions.execute(status -> outbox.redactFailed(now.minus(failedRetention), now));
    }
}
