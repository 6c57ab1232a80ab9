package se.medverka.routing;

/**
 * How quickly cases received in a period were handled — aggregates only, no case.
 *
 * @param received               cases received in the period
 * @param acknowledged           of them, acknowledged
 * @param medianDaysToAcknowledge median days from receipt to acknowledgement ({@code null} when none)
 * @param acknowledgedInTime     acknowledged on or before the acknowledgement due date
 * @param answered               of them, answered
 * @param medianDaysToAnswer     median days from receipt to answer ({@code null} when none)
 * @param answeredInTime         answered on or before the answer due date
 * @param overdue                still unanswered today after their answer due date
 */
public record ResponseTimes(long received, long acknowledged, Double medianDaysToAcknowledge, long acknowledgedInTime,
                            long answered, Double medianDaysToAnswer, long answeredInTime, long overdue) {
}
