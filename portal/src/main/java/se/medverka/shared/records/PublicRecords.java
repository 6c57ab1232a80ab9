package se.medverka.shared.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One kind of case as public records (allmänna handlingar), for the records module: the module that
 * owns the case kind's content implements it as a bean, and records picks the implementation by the
 * case's kind — for a request to see a case's documents, and for a year's delivery to the archive. In
 * {@code shared} because records already depends on the owning modules (complaint's retention asks
 * records back), so an interface of records would make a cycle. Every method is for handlers of the
 * case's committee only: another committee's case is "not found" (empty), whatever the number.
 * Sealed or encrypted content is opened only into what is returned here, which records puts into the
 * released copy or the package and nowhere else.
 */
public interface PublicRecords {

    /** The kind of case this answers for: the name of routing's {@code CaseKind} (e.g. {@code COMPLAINT}). */
    String caseKind();

    /** The case behind a case number, if it is of this kind, not erased and the person handles its committee. */
    Optional<Long> caseIdOf(String caseNumber);

    /**
     * The documents of a case as public records, for a secrecy review or a released copy; the owner audits
     * the read where its content is sensitive. Refused ({@code RuntimeException}) for another committee's case.
     */
    List<Document> documents(long caseId);

    /**
     * The committee's cases of this kind closed in {@code year} (city time) and not erased, one at a time,
     * with their documents — so that a year of cases never has to be in memory at once. For handlers of
     * that committee only.
     */
    void closedCases(long committeeId, int year, Consumer<ClosedCase> each);

    /**
     * One document of a case: either its text or the bytes of a PDF (an attachment), never both.
     *
     * @param key   stable within the case (a request names its documents by it), letters, digits and '-'
     * @param title in Swedish, as the registry names it
     * @param date  when the document came in or was written
     */
    record Document(String key, String title, Instant date, String text, byte[] pdf) {

        public static Document text(String key, String title, Instant date, String text) {
            return new Document(key, title, date, text == null ? "" : text, null);
        }

        public static Document pdf(String key, String title, Instant date, byte[] pdf) {
            return new Document(key, title, date, null, pdf);
        }
    }

    /**
     * A closed case as it goes to the archive.
     *
     * @param kind     the case kind's name, as {@link #caseKind()}
     * @param kindName the kind in Swedish, as the archive's metadata names it (e.g. "Klagomål")
     * @param title    the case's title in Swedish (e.g. "Klagomål MV-2025-000017")
     * @param facts    further facts printed on each document's first page, one line each ("Språk: sv")
     */
    record ClosedCase(long caseId, String caseNumber, String kind, String kindName, String title, Instant receivedAt,
                      Instant closedAt, List<String> facts, List<Document> documents) {
    }
}
