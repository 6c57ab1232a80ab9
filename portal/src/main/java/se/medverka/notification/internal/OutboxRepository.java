package se.medverka.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * The oldest due mail, locked for this transaction; rows another node has locked are skipped, so
     * that two nodes never send the same mail.
     */
    @Query(value = """
            select * from notification_outbox
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutboxMail> lockNextDue(Instant now);

    long countByStatus(OutboxMail.Status status);

    @Modifying
    @Query(value = "delete from notification_outbox where about = :about and status <> 'SENT'", nativeQuery = true)
    int deleteUnsent(String about);

    /** Personal mails that failed for good before {@code cutoff} lose their recipient and body. */
    @Modifying
    @Query(value = """
            update notification_outbox set recipient = null, body = null, redacted_at = :now
            where personal and redacted_at is null and status = 'FAILED' and next_attempt_at < :cutoff""", nativeQuery = true)
    int redactFailed(Instant cutoff, Instant now);
}
