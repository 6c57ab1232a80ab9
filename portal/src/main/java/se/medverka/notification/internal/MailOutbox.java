package se.medverka.notification.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues a mail in the caller's transaction: it is stored if, and only if, its cause is. */
@Component
public class MailOutbox {

    private final OutboxRepository outbox;
    private final Clock clock;
    private final JdbcClient jdbc;

    MailOutbox(OutboxRepository outbox, Clock clock, JdbcClient jdbc) {
        this.outbox = outbox;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A file sent with a mail, e.g. a meeting's iCalendar invitation. */
    public record Attachment(String fileName, String contentType, byte[] content) {
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

    /** A personal mail with attachments, stored with it (and deleted with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMail queuePersonal(String recipient, String subject, String body, String about, List<Attachment> attachments) {
        OutboxMail mail = outbox.saveAndFlush(new OutboxMail(recipient, subject, body, clock.instant(), true, about));
        for (Attachment a : attachments) {
            jdbc.sql("insert into notification_attachment (outbox_id, file_name, content_type, content) values (:o, :f, :t, :c)")
                    .param("o", mail.getId()).param("f", a.fileName()).param("t", a.contentType()).param("c", a.content())
                    .update();
        }
        return mail;
    }

    /** The attachments of a queued mail, in the order they were added. */
    List<Attachment> attachments(long outboxId) {
        return jdbc.sql("select file_name, content_type, content from notification_attachment where outbox_id = :o order by id")
                .param("o", outboxId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    void dropAttachments(long outboxId) {
        jdbc.sql("delete from notification_attachment where outbox_id = :o").param("o", outboxId).update();
    }
}
