package se.medverka.shared.codes;

/** The seven grounds of the Discrimination Act (Diskrimineringslagen 1 kap. 4 §), in the law's order. */
public enum Ground implements Coded {
    SEX("shared.ground.sex.label"),
    TRANSGENDER_IDENTITY("shared.ground.transgender_identity.label"),
    ETHNICITY("shared.ground.ethnicity.label"),
    RELIGION("shared.ground.religion.label"),
    DISABILITY("shared.ground.disability.label"),
    SEXUAL_ORIENTATION("shared.ground.sexual_orientation.label"),
    AGE("shared.ground.age.label");

    private final String labelKey;

    Ground(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
