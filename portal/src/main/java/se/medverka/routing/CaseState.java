package se.medverka.routing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a case: received → assigned (or triage at the city office) → in progress → answered
 * → closed; forwarded when staff send it on to another committee.
 */
public enum CaseState {
    RECEIVED, TRIAGE, ASSIGNED, FORWARDED, IN_PROGRESS, ANSWERED, CLOSED;

    /** The states staff may move a case to by hand from this one (routing itself sets the rest). */
    public Set<CaseState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.noneOf(CaseState.class);
            case TRIAGE, ASSIGNED, FORWARDED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(ANSWERED, CLOSED);
            case ANSWERED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    /** Whether staff may still forward the case to another committee. */
    public boolean forwardable() {
        return this != RECEIVED && this != CLOSED;
    }

    public boolean open() {
        return this != CLOSED;
    }

    /** Key of the state's name on the staff screens, written out so that the unused-key test finds it. */
    public String statusKey() {
        return switch (this) {
            case RECEIVED -> "routing.case.state.status.received";
            case TRIAGE -> "routing.case.state.status.triage";
            case ASSIGNED -> "routing.case.state.status.assigned";
            case FORWARDED -> "routing.case.state.status.forwarded";
            case IN_PROGRESS -> "routing.case.state.status.in_progress";
            case ANSWERED -> "routing.case.state.status.answered";
            case CLOSED -> "routing.case.state.status.closed";
        };
    }
}
