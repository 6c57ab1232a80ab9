/**
 * The append-only audit trail: who did what and when (logins, role changes, routing and state
 * changes, reads of sensitive content), and the administrators' view of it.
 * Publishes nothing; listens to nothing — modules call {@link se.medverka.audit.AuditLog} directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.medverka.audit;
