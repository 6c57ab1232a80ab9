package se.medverka.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.ArchivedCase;
import se.medverka.complaint.ComplaintViews.Held;
import se.medverka.complaint.ComplaintViews.PublicationFacts;
import se.medverka.complaint.ComplaintViews.RecordDocument;
import se.medverka.complaint.internal.ComplaintStore;
import se.medverka.complaint.internal.ComplaintStore.Row;
import se.medverka.routing.Cases;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Complaints as public records, for the records module: their documents for a secrecy review, a year
 * of closed complaints decrypted for the archive's package, what retention left in place, and what a
 * committee may publish. Only handlers of the case's committee reach content (administrators read no
 * complaint); every read of content is audited as {@link Complaints#AUDIT_READ}.
 */
@Service
@Transactional
public class ComplaintRecords {

    private static final String SUBJECT = "case";

    private final ComplaintStore store;
    private final Cases cases;
    private final AuditLog audit;
    private final CurrentStaff current;

    ComplaintRecords(ComplaintStore store, Cases cases, AuditLog audit, CurrentStaff current) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.current = current;
    }

    /**
     * The documents of a complaint case as public records — the complaint as the resident wrote it and
     * each answer — for the secrecy review of a request to see them, by a handler of the case's
     * committee (the registry); another committee's case is "not found". The read is audited.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public List<RecordDocument> recordDocuments(long caseId) {
        Row c = mustAccess(caseId);
        audit.record(current.actor(), Complaints.AUDIT_READ, SUBJECT, String.valueOf(caseId), c.caseNumber() + " (public records)");
        return documents(c);
    }

    /** The case id of a complaint by its case number, if the person handles its committee. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Long> caseIdOf(String caseNumber) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        return store.byCaseNumber(number).map(Row::caseId).filter(this::handles);
    }

    /**
     * Every closed, not erased complaint of a committee closed in the given year (city time), one at a
     * time, decrypted for the delivery package to the archive — the place the content is meant to go.
     * For handlers of that committee only (administrators read no complaint); audited once per export.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public void forArchive(long committeeId, int year, Consumer<ArchivedCase> each) {
        if (!current.committees(StaffRole.HANDLER).contains(committeeId)) {
            throw new AccessDeniedException("not your committee");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        audit.record(current.actor(), "COMPLAINT_ARCHIVE_EXPORT", "committee", String.valueOf(committeeId), String.valueOf(year));
        store.closedForArchive(committeeId, from, to, c -> each.accept(new ArchivedCase(c.caseId(), c.caseNumber(),
                c.receivedAt(), c.closedAt(), c.concerns(), c.serviceType(), c.district(), c.language(), c.anonymity(),
                documents(c))));
    }

    /** The complaints retention left in place (no decision covers them, or not yet delivered): a committee's or all. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Held> heldFromErasure(Long committeeId) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        return store.held(committeeId, 1000).stream()
                .map(h -> new Held(h.caseId(), h.caseNumber(), h.closedAt(), h.reason(), h.checkedAt()))
                .toList();
    }

    /**
     * The facts of a closed, answered complaint of the person's committee that the committee may choose to
     * publish (never the resident's own text); empty when it is not closed, not answered or not theirs.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public Optional<PublicationFacts> publicationFacts(long caseId) {
        Optional<Row> found = (handles(caseId) ? store.byCaseId(caseId) : Optional.<Row>empty())
                .filter(c -> c.erasedAt() == null && c.closedAt() != null && c.committeeId() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row c = found.get();
        List<Answer> answers = store.answers(c);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        audit.record(current.actor(), Complaints.AUDIT_READ, SUBJECT, String.valueOf(caseId), c.caseNumber() + " (publication)");
        return Optional.of(new PublicationFacts(caseId, c.committeeId(), c.concerns(), c.serviceType(), c.closedAt(),
                answers.getLast().text()));
    }

    private boolean handles(long caseId) {
        return cases.committeeOf(caseId).filter(current.committees(StaffRole.HANDLER)::contains).isPresent();
    }

    private Row mustAccess(long caseId) {
        return (handles(caseId) ? store.byCaseId(caseId) : Optional.<Row>empty()).filter(c -> c.erasedAt() == null)
                .orElseThrow(() -> new ComplaintException("complaint.case.error.notfound"));
    }

    private List<RecordDocument> documents(Row c) {
        List<RecordDocument> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        field(text, "Vad gäller det", c.concerns());
        field(text, "Verksamhet", c.serviceType());
        field(text, "Stadsdel", c.district());
        field(text, "Datum för händelsen", c.incidentDate() == null ? null : c.incidentDate().toString());
        field(text, "När och var", c.place());
        field(text, "Vad hände", c.what());
        field(text, "Diskrimineringsgrunder", c.grounds() == null || c.grounds().isEmpty() ? null : String.join(", ", c.grounds()));
        field(text, "Önskemål", c.wish());
        field(text, "Namn", c.name());
        field(text, "E-post", c.email());
        docs.add(new RecordDocument("complaint", "Klagomål " + c.caseNumber(), c.receivedAt(), text.toString().strip()));
        int n = 0;
        for (Answer a : store.answers(c)) {
            n++;
            docs.add(new RecordDocument("answer-" + n, "Svar " + n + " på klagomål " + c.caseNumber(), a.at(), a.text()));
        }
        return docs;
    }

    private static void field(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value).append("\n\n");
        }
    }
}
