/**
 * Children's consultations: age-adapted questions per band and language, class codes, anonymous
 * answers, results with small-cell suppression and "Det här hände" feedback for the children.
 * Publishes nothing; uses the routing register (committees, districts) and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package se.medverka.consultation;
