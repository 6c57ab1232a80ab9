package se.medverka.routing;

/** What sort of body a committee is; the city office's committee also holds the triage queue. */
public enum CommitteeKind {
    DISTRICT, SPECIALIST, COMPANY_BOARD, CITY_OFFICE
}
