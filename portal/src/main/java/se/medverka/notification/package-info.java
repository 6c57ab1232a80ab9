/**
 * Outgoing mail: an outbox row written in the same transaction as its cause, and a dispatcher that
 * sends it with retries and back-off, exactly once across several nodes (row locks, SKIP LOCKED).
 * Publishes nothing; listens to the other modules' events and asks their services for details
 * (among them routing's {@code CaseAssigned}, {@code CaseForwarded} and {@code CaseOverdue}, which
 * become mails to the committee's registry in routing's transaction).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package se.medverka.notification;
