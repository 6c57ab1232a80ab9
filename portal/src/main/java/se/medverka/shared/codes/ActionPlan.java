package se.medverka.shared.codes;

/** The city's action plans a dialogue can serve. */
public enum ActionPlan implements Coded {
    RACISM("shared.actionplan.racism.label"),
    CHILD_RIGHTS("shared.actionplan.child_rights.label"),
    NATIONAL_MINORITIES("shared.actionplan.national_minorities.label"),
    GENDER_EQUALITY("shared.actionplan.gender_equality.label"),
    LGBTQI("shared.actionplan.lgbtqi.label"),
    ROMA_INCLUSION("shared.actionplan.roma_inclusion.label");

    private final String labelKey;

    ActionPlan(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
