package se.medverka.routing;

import java.time.LocalDate;

/** The two due dates of a case: by when the committee must acknowledge it, and answer it. */
public enum CaseDeadline {
    ACKNOWLEDGE, ANSWER;

    /** This deadline's date in a case's status. */
    public LocalDate of(CaseStatus status) {
        return this == ACKNOWLEDGE ? status.acknowledgeDue() : status.answerDue();
    }

    /** The reminder mail's key (with {@code .subject} and {@code .body}), written out for the unused-key test. */
    public String overdueMailKey() {
        return this == ACKNOWLEDGE ? "mail.case.overdue.acknowledge" : "mail.case.overdue.answer";
    }
}
