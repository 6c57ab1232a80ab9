package se.medverka.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What statistics may know of one complaint: no id, no case number, no free text, no person — the
 * follow-up module stores it as an anonymous fact.
 *
 * @param concerns    {@code TREATMENT}, {@code ACCESSIBILITY} or {@code BOTH}
 * @param serviceType the service type's code
 * @param district    the district's code, or {@code null} when the resident did not know
 * @param grounds     the discrimination grounds chosen (codes, possibly none)
 * @param receivedOn  the day it was received (city time)
 */
public record ComplaintFigures(String concerns, String serviceType, String district, List<String> grounds,
                               LocalDate receivedOn) {

    public ComplaintFigures {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }
}
