/**
 * The append-only audit trail: who did what and when (logins, role changes, routing and state
 * changes, reads of sensitive content). It has no view of its own: the modules that own a subject
 * show its trail (e.g. a case's history, a complaint's read log).
 * Publishes nothing; listens to nothing — modules call {@link se.medverka.audit.AuditLog} directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.medverka.audit;
