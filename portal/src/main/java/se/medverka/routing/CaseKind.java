package se.medverka.routing;

/** What a case came from; the submitting module keeps the content, the case keeps the handling. */
public enum CaseKind {
    COMPLAINT("routing.case.kind.complaint.label"),
    DIALOGUE_PROPOSAL("routing.case.kind.dialogue_proposal.label"),
    CHILD_RESPONSE("routing.case.kind.child_response.label"),
    ACCESSIBILITY_REPORT("routing.case.kind.accessibility_report.label"),
    REFERRAL_ANSWER("routing.case.kind.referral_answer.label"),
    RECORDS_REQUEST("routing.case.kind.records_request.label"),
    BUDGET_PROPOSAL("routing.case.kind.budget_proposal.label");

    private final String labelKey;

    CaseKind(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Key of the kind's name, e.g. "Klagomål"; written out so that the unused-key test can find it. */
    public String labelKey() {
        return labelKey;
    }
}
