/**
 * Complaints about discriminatory treatment or lack of accessibility: the residents' form, receipt
 * and status page, the committees' handling (notes, answers, templates), encryption at rest and
 * retention. Publishes {@link se.medverka.complaint.ComplaintEvents} (ids only); listens to
 * routing's case events to mirror the committee and the closing date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint")
package se.medverka.complaint;
