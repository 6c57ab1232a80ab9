package se.medverka.routing;

/** What the inbox shows; {@code null} fields mean "any". */
public record CaseFilter(CaseKind kind, CaseState state, String districtCode, String serviceTypeCode,
                         Long committeeId, boolean overdueOnly, boolean includeClosed) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false, false);
    }
}
