package se.medverka.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
