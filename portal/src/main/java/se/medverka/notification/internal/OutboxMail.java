package se.medverka.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "notification_outbox")
public class OutboxMail {

    public enum Status { PENDING, SENT, FAILED }

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once a personal mail is sent (redacted). */
    private String recipient;

    @Column(nullable = false)
    private String subject;

    /** Null once a personal mail is sent (redacted). */
    private String body;

    /** To a resident (redacted once sent), as opposed to a committee's registry mailbox. */
    private boolean personal;

    /** What the mail is about, e.g. {@code complaint:42}, so that it can go when that is erased. */
    private String about;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "redacted_at")
    private Instant redactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this(recipient, subject, body, now, false, null);
    }

    public OutboxMail(String recipient, String subject, String body, Instant now, boolean personal, String about) {
        this.personal = personal;
        this.about = about;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Sent: a mail to a resident loses its recipient and body at once (they were only kept to be
     * sent); its Message-ID, state and times stay, to answer "was it sent, and when?".
     */
    public void sent(Instant now, String messageId) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        this.messageId = messageId;
        if (personal) {
            redact(now);
        }
    }

    void redact(Instant now) {
        recipient = null;
        body = null;
        redactedAt = now;
    }

    /**
     * A failed attempt: retry after a back-off that doubles each time (30 s, 1 min, 2 min … 1 h);
     * after {@code maxAttempts} the mail stays in the outbox as FAILED for an administrator to see.
     */
    public void failed(Instant now, String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }
    public boolean isPersonal() { return personal; }
    public String getAbout() { return about; }
    public String getMessageId() { return messageId; }
    public Instant getRedactedAt() { return redactedAt; }
}
