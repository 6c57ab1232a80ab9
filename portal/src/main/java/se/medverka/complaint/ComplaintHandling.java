package se.medverka.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintEvents.ComplaintAnswered;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintViews.Details;
import se.medverka.complaint.ComplaintViews.Template;
import se.medverka.complaint.internal.ComplaintInput;
import se.medverka.complaint.internal.ComplaintStore;
import se.medverka.complaint.internal.ComplaintStore.Row;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseStatus;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.RoutingException;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * The committee's work on its complaints: the list, reading one (audited), notes, state, the answer
 * and answer templates. Only handlers of the case's committee read the content (administrators run
 * the system and read no complaint), and every read or refused read is written to the audit log.
 */
@Service
@Transactional
public class ComplaintHandling {

    private static final String SUBJECT = "case";

    private final ComplaintStore store;
    private final Cases cases;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ComplaintHandling(ComplaintStore store, Cases cases, AuditLog audit, CurrentStaff current,
                      ApplicationEventPublisher publisher, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.current = current;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The complaints of the committees the person handles (all for administrators), open first by due date. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseSummary> mine() {
        return cases.inbox(new CaseFilter(CaseKind.COMPLAINT, null, null, null, null, false, true), null, 500);
    }

    /**
     * The whole complaint, for the handlers of its committee and the city-wide complaint readers; the
     * read is audited. Anyone else (another committee, an administrator) finds "not found", and the
     * refusal is audited too.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN', 'COMPLAINT_READER')")
    public Optional<Details> read(long caseId) {
        Optional<Row> found = handles(caseId) || current.has(StaffRole.COMPLAINT_READER)
                ? store.byCaseId(caseId) : Optional.empty();
        if (found.isPresent()) {
            audit.record(current.actor(), Complaints.AUDIT_READ, SUBJECT, String.valueOf(caseId), found.get().caseNumber());
        } else {
            audit.record(current.actor(), Complaints.AUDIT_READ_REFUSED, SUBJECT, String.valueOf(caseId), null);
        }
        return found.map(this::details);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void addNote(long caseId, String text) {
        Row c = mustAccess(caseId);
        String note = checked("note", text, ComplaintInput.MAX_NOTE);
        store.addNote(c, current.actor(), note, clock.instant());
        audit.record(current.actor(), "COMPLAINT_NOTE", SUBJECT, String.valueOf(caseId), null);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void changeState(long caseId, CaseState to) {
        mustAccess(caseId);
        try {
            cases.changeState(caseId, to, null);
        } catch (RoutingException e) {
            throw new ComplaintException(e.messageKey());
        }
    }

    /**
     * Sends an answer: stored (encrypted) for the status page, mailed when the resident gave an
     * e-mail, and the case moves to "answered" if it is in progress.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void answer(long caseId, String text, String languageCode) {
        Row c = mustAccess(caseId);
        String body = checked("answer", text, ComplaintInput.MAX_WHAT);
        String language = Language.fromCode(languageCode).map(Language::code).orElse(c.language());
        long answerId = store.addAnswer(c, current.actor(), language, body, clock.instant());
        CaseState state = cases.status(caseId).orElseThrow().state();
        if (state.next().contains(CaseState.IN_PROGRESS) && state != CaseState.ANSWERED && state != CaseState.CLOSED) {
            cases.changeState(caseId, CaseState.IN_PROGRESS, null);
            state = CaseState.IN_PROGRESS;
        }
        if (state == CaseState.IN_PROGRESS) {
            cases.changeState(caseId, CaseState.ANSWERED, null);
        }
        audit.record(current.actor(), "COMPLAINT_ANSWERED", SUBJECT, String.valueOf(caseId), language);
        publisher.publishEvent(new ComplaintAnswered(c.id(), answerId));
    }

    /** The answer templates of the complaint's committee. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Template> templates(long caseId) {
        Row c = mustAccess(caseId);
        return c.committeeId() == null ? List.of() : store.templates(c.committeeId());
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void saveTemplate(long caseId, String title, String body, String languageCode) {
        Row c = mustAccess(caseId);
        String t = checked("templateTitle", title, 200);
        String b = checked("answer", body, ComplaintInput.MAX_WHAT);
        if (c.committeeId() == null) {
            throw new ComplaintException("complaint.case.error.notfound");
        }
        String language = Language.fromCode(languageCode).map(Language::code).orElse(Language.DEFAULT.code());
        store.addTemplate(c.committeeId(), language, t, b, current.actor(), clock.instant());
    }

    /**
     * Complaint content is for the handlers of the case's committee only: administrators run the
     * system and read no complaint (separation of duties).
     */
    private Optional<Row> accessible(long caseId) {
        return handles(caseId) ? store.byCaseId(caseId) : Optional.empty();
    }

    private boolean handles(long caseId) {
        return cases.committeeOf(caseId).filter(current.committees(StaffRole.HANDLER)::contains).isPresent();
    }

    private Row mustAccess(long caseId) {
        return accessible(caseId).filter(c -> c.erasedAt() == null)
                .orElseThrow(() -> new ComplaintException("complaint.case.error.notfound"));
    }

    private Details details(Row c) {
        CaseStatus s = cases.status(c.caseId()).orElseThrow();
        return new Details(c.caseId(), c.caseNumber(), s.state(), s.committeeName(), c.receivedAt(), s.answerDue(),
                c.concerns(), c.serviceType(), c.district(), c.incidentDate(), c.place(), c.what(),
                c.grounds() == null ? List.of() : c.grounds(), c.wish(), c.anonymity(), c.name(), c.email(), c.language(),
                c.erasedAt() == null ? store.notes(c) : List.of(), c.erasedAt() == null ? store.answers(c) : List.of(),
                Set.copyOf(s.state().next()), c.erasedAt() != null);
    }

    private static String checked(String field, String text, int max) {
        List<Problem> problems = new ArrayList<>();
        String v = ComplaintInput.text(problems, field, text, max, true);
        if (!problems.isEmpty()) {
            throw new ComplaintException(problems);
        }
        return v;
    }
}
