/**
 * The routing register (districts, committees, service types, routing rules) and the cases that
 * every submission becomes: numbering, state, due dates, re-routing, the staff inbox and the
 * due-date reminders ({@code internal.DueReminderJob}: once per case and deadline across nodes,
 * recorded in {@code routing_due_reminder} and the case's trail).
 * Publishes case events (ids only, among them {@code CaseOverdue}). Submitting modules open a case
 * through {@link se.medverka.routing.Cases}; routing listens to its own {@code CaseReceived} so that
 * a case is routed after the submission has committed (kept in the event registry until done).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package se.medverka.routing;
