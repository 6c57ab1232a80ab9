/**
 * Follow-up: figures per committee and city-wide (complaints by ground, service, district and kind;
 * response times; dialogue participation; children's answers by age band), always with small-cell
 * suppression, exported as CSV; and MR-trappan, each committee's yearly assessment of the six steps.
 * Owns {@code followup_*}; publishes nothing; listens to routing's CaseAssigned/CaseForwarded to
 * keep sealed monthly complaint counts (no row per complaint, no day).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package se.medverka.followup;
