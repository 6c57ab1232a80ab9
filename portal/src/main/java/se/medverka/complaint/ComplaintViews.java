package se.medverka.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.medverka.routing.CaseState;

/** What the complaint service hands to its views and listeners. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /** The receipt shown once after sending: the PIN is never shown again. */
    public record Receipt(String caseNumber, String pin, Instant receivedAt, String concerns, String serviceType,
                          String district, LocalDate incidentDate, List<String> grounds, String anonymity,
                          boolean mailed) {
    }

    /** What a resident sees with case code and PIN. */
    public record ResidentStatus(String caseNumber, CaseState state, String committeeName, Instant receivedAt,
                                 LocalDate answerDue, Instant answeredAt, Instant closedAt, List<Answer> answers,
                                 boolean erased) {
    }

    /** The whole complaint, for the handlers of the responsible committee. */
    public record Details(long caseId, String caseNumber, CaseState state, String committeeName, Instant receivedAt,
                          LocalDate answerDue, String concerns, String serviceType, String district,
                          LocalDate incidentDate, String place, String what, List<String> grounds, String wish,
                          String anonymity, String name, String email, String language, List<Note> notes,
                          List<Answer> answers, Set<CaseState> nextStates, boolean erased) {
    }

    public record Note(Instant at, String author, String text) {
    }

    public record Answer(Instant at, String author, String language, String text) {
    }

    public record Template(long id, String language, String title, String body) {
    }

    /** What a mail to the resident needs; only for named complaints. */
    public record Mail(String recipient, String language, String caseNumber, String answer) {
    }

    /**
     * One document of a complaint case as a public record (the complaint itself, or one answer), for a
     * secrecy review: {@code key} names it within the case ({@code complaint}, {@code answer-1} …).
     */
    public record RecordDocument(String key, String title, Instant date, String text) {
    }

    /** A closed complaint as it goes to the archive: its facts and its documents, decrypted. */
    public record ArchivedCase(long caseId, String caseNumber, Instant receivedAt, Instant closedAt, String concerns,
                               String serviceType, String district, String language, String anonymity,
                               List<RecordDocument> documents) {
    }

    /** A complaint due for erasure that retention left in place, and why ({@code NO_DECISION}, {@code NOT_YET}, {@code NOT_DELIVERED}). */
    public record Held(long caseId, String caseNumber, Instant closedAt, String reason, Instant checkedAt) {
    }

    /** What a committee may publish of a closed, answered complaint: what it concerned, the service, when it closed, the last answer. */
    public record PublicationFacts(long caseId, long committeeId, String concerns, String serviceType, Instant closedAt,
                                   String lastAnswer) {
    }
}
