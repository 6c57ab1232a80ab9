package se.medverka.shared.codes;

/** The focus areas a dialogue can serve. */
public enum FocusArea implements Coded {
    KNOWLEDGE_INFORMATION("shared.focusarea.knowledge_information.label"),
    WELFARE_SERVICE("shared.focusarea.welfare_service.label"),
    PARTICIPATION_INFLUENCE("shared.focusarea.participation_influence.label");

    private final String labelKey;

    FocusArea(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
