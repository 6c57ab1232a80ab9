package se.medverka.council;

/** What a council is for; the programme names each (seed 004: "Samtliga råd ska involveras"). */
public enum CouncilKind {
    DISABILITY("council.kind.disability.label"),
    PENSIONERS("council.kind.pensioners.label"),
    NATIONAL_MINORITIES("council.kind.minorities.label"),
    MINORITY_GROUP("council.kind.minoritygroup.label"),
    AGENDA_2030("council.kind.agenda2030.label"),
    PROGRAMME("council.kind.programme.label"),
    OTHER("council.kind.other.label");

    private final String labelKey;

    CouncilKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
