package se.medverka.routing;

/** What a case came from; the submitting module keeps the content, the case keeps the handling. */
public enum CaseKind {
    COMPLAINT, DIALOGUE_PROPOSAL, CHILD_RESPONSE, ACCESSIBILITY_REPORT, REFERRAL_ANSWER, RECORDS_REQUEST, BUDGET_PROPOSAL
}
