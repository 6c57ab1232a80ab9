package se.medverka.complaint.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintRecords;
import se.medverka.complaint.ComplaintViews.RecordDocument;
import se.medverka.routing.CaseKind;
import se.medverka.shared.records.PublicRecords;

/**
 * Complaint cases as public records: {@link ComplaintRecords} behind records' provider interface
 * (its checks, audit entries and decryption unchanged).
 */
@Component
class ComplaintPublicRecords implements PublicRecords {

    private final ComplaintRecords records;

    ComplaintPublicRecords(ComplaintRecords records) {
        this.records = records;
    }

    @Override
    public String caseKind() {
        return CaseKind.COMPLAINT.name();
    }

    @Override
    public Optional<Long> caseIdOf(String caseNumber) {
        return records.caseIdOf(caseNumber);
    }

    @Override
    public List<Document> documents(long caseId) {
        return records.recordDocuments(caseId).stream().map(ComplaintPublicRecords::document).toList();
    }

    @Override
    public void closedCases(long committeeId, int year, Consumer<ClosedCase> each) {
        records.forArchive(committeeId, year, c -> each.accept(new ClosedCase(c.caseId(), c.caseNumber(), caseKind(), "Klagomål",
                "Klagomål " + c.caseNumber(), c.receivedAt(), c.closedAt(),
                List.of("Språk: " + c.language(), "Anonymitet: " + c.anonymity()),
                c.documents().stream().map(ComplaintPublicRecords::document).toList())));
    }

    private static Document document(RecordDocument d) {
        return Document.text(d.key(), d.title(), d.date(), d.text());
    }
}
