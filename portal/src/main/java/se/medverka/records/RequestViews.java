package se.medverka.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the records services hand to their views. */
public final class RequestViews {

    private RequestViews() {
    }

    /** A request as a row of the registry's list. */
    public record Summary(long id, String caseNumber, String subjectCaseNumber, LocalDate receivedOn,
                          LocalDate firstActionDue, String state, boolean overdue) {
    }

    /** A request with its documents, for the handler doing the review; {@code requester} opened from its seal. */
    public record Details(long id, long caseId, String caseNumber, long committeeId, String requester, String requesterLanguage,
                          String subjectCaseNumber, LocalDate receivedOn, LocalDate firstActionDue, Instant firstActionAt,
                          String state, boolean overdue, List<Document> documents) {

        public boolean anyRefused() {
            return documents.stream().anyMatch(d -> d.decision() == ReviewDecision.REFUSE);
        }

        public boolean allDecided() {
            return documents.stream().allMatch(d -> d.decision() != null);
        }
    }

    /**
     * One requested document: its text (only to the reviewing handler), the decision and its ground,
     * and the passages redacted (character ranges of the text, each with its ground).
     */
    public record Document(long id, String key, String title, String text, ReviewDecision decision, LegalGround ground,
                           List<Redaction> redactions) {
    }

    public record Redaction(int start, int end, LegalGround ground) {
    }

    /** A document as the registry picks it when registering a request. */
    public record Choice(String key, String title) {
    }
}
