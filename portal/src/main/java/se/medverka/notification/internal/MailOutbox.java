package se.medverka.notification.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues a mail in the caller's transaction: it is stored if, and only if, its cause is. */
@Component
public class MailOutbox {

    private final OutboxRepository outbox;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMail queue(String recipient, String subject, String body) {
        return outbox.save(new OutboxMail(recipient, subject, body, clock.instant()));
    }

    /**
     * A mail to a resident: redacted once sent, and dropped while still queued when what it is
     * {@code about} (e.g. {@code complaint:42}) is erased.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMail queuePersonal(String recipient, String subject, String body, String about) {
        return outbox.save(new OutboxMail(recipient, subject, body, clock.instant(), true, about));
    }
}
