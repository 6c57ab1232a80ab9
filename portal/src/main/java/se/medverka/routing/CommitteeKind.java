package se.medverka.routing;

/** What sort of body a committee is; the city office's committee also holds the triage queue. */
public enum CommitteeKind {
    DISTRICT("routing.committee.kind.district.label"),
    SPECIALIST("routing.committee.kind.specialist.label"),
    COMPANY_BOARD("routing.committee.kind.company_board.label"),
    CITY_OFFICE("routing.committee.kind.city_office.label");

    private final String labelKey;

    CommitteeKind(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Key of the kind's name; written out so that the unused-key test can find it. */
    public String labelKey() {
        return labelKey;
    }
}
