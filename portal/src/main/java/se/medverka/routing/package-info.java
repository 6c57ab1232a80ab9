/**
 * The routing register (districts, committees, service types, routing rules) and the cases that
 * every submission becomes: numbering, state, due dates, re-routing, the staff inbox and the
 * due-date reminders ({@code internal.DueReminderJob}: once per case and deadline across nodes,
 * recorded in {@code routing_due_reminder} and the case's trail).
 * Publishes case events (ids only, among them {@code CaseOverdue}); listens to submission events
 * from the submitting modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package se.medverka.routing;
