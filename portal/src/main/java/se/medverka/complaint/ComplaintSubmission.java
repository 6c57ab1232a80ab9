package se.medverka.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a resident sends, as typed: codes are plain strings so that the service, not the form,
 * decides what is valid (a crafted request gets the same clear refusal as a mistake).
 *
 * @param concerns     {@code TREATMENT}, {@code ACCESSIBILITY} or {@code BOTH}
 * @param serviceType  a service type code, or {@code null} for "don't know"
 * @param district     a district code, or {@code null} for "don't know"
 * @param place        when and where, free text (optional)
 * @param incidentDate the day it happened (optional)
 * @param what         what happened (required)
 * @param grounds      discrimination ground codes; empty for "don't know / none"
 * @param wish         what the resident wishes would happen (optional)
 * @param anonymity    {@code ANONYMOUS}, {@code PIN} or {@code NAMED}
 * @param name         the resident's name (only when named, optional)
 * @param email        the resident's e-mail (required when named)
 * @param language     the language code the resident used
 * @param honeypot     a field people never see; bots fill it
 * @param openedAt     when the form was shown
 */
public record ComplaintSubmission(String concerns, String serviceType, String district, String place,
                                  LocalDate incidentDate, String what, List<String> grounds, String wish,
                                  String anonymity, String name, String email, String language,
                                  String honeypot, Instant openedAt) {
}
