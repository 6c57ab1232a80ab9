/**
 * The routing register (districts, committees, service types, routing rules) and the cases that
 * every submission becomes: numbering, state, due dates, re-routing and the staff inbox.
 * Publishes case events (ids only); listens to submission events from the submitting modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package se.medverka.routing;
