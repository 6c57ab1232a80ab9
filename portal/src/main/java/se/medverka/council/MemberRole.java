package se.medverka.council;

/** A member's place in a council: ordförande, ledamot, sakkunnig, ersättare. */
public enum MemberRole {
    CHAIR("council.role.chair.label"),
    MEMBER("council.role.member.label"),
    EXPERT("council.role.expert.label"),
    SUBSTITUTE("council.role.substitute.label");

    private final String labelKey;

    MemberRole(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
