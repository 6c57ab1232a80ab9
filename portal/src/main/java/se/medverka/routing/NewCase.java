package se.medverka.routing;

import java.util.Objects;

/**
 * What a submitting module tells routing about a new submission. The content stays with the
 * submitting module; routing needs only what decides the responsible committee.
 *
 * @param kind             what the submission is
 * @param reference        the submitting module's own id of it
 * @param serviceTypeCode  the city service it concerns, or {@code null} for "don't know"
 * @param districtCode     the district, or {@code null} for "don't know" / the whole city
 * @param committeeId      the committee that owns it already (e.g. a dialogue's), or {@code null} to route by rules
 * @param languageCode     the language the resident used, for receipts and answers
 */
public record NewCase(CaseKind kind, String reference, String serviceTypeCode, String districtCode,
                      Long committeeId, String languageCode) {

    public NewCase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(languageCode, "languageCode");
    }
}
