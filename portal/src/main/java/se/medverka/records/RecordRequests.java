package se.medverka.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.records.RequestViews.Choice;
import se.medverka.records.RequestViews.Details;
import se.medverka.records.RequestViews.Document;
import se.medverka.records.RequestViews.Redaction;
import se.medverka.records.RequestViews.Summary;
import se.medverka.records.internal.CaseRecords;
import se.medverka.records.internal.RecordsSettings;
import se.medverka.records.internal.ReleaseDocuments;
import se.medverka.records.internal.RequestStore;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.records.PublicRecords;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.time.WorkingDays;

/**
 * Requests to see public records (begäran om allmän handling). The registry of the committee that
 * holds the case registers the request — who asked if they said, which documents, when — as a case of
 * its own kind; a handler of that committee reviews each document for secrecy (release, release with
 * passages redacted, or refuse with the legal ground) and produces the released copy and, where
 * something is refused, the appealable decision. A request is to be handled "skyndsamt": the first
 * action is due {@code medverka.records.first-action-days} working days after receipt. Only the
 * handlers of the committee reach its requests and documents; every step is audited.
 */
@Service
@Transactional
public class RecordRequests {

    private static final String SUBJECT = "records-request";

    private final RequestStore store;
    private final CaseRecords records;
    private final Cases cases;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final PersonalDataSeal seal;
    private final ReleaseDocuments documents;
    private final RecordsSettings settings;
    private final Clock clock;

    RecordRequests(RequestStore store, CaseRecords records, Cases cases, RoutingRegister register, CurrentStaff current,
                   AuditLog audit, PersonalDataSeal seal, ReleaseDocuments documents, RecordsSettings settings, Clock clock) {
        this.store = store;
        this.records = records;
        this.cases = cases;
        this.register = register;
        this.current = current;
        this.audit = audit;
        this.seal = seal;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The documents of a case the registry may register a request for: its committee's cases of every kind
     * that has a {@link PublicRecords} provider (complaints, referral answers, budget proposals).
     */
    @PreAuthorize("hasRole('HANDLER')")
    public List<Choice> documentsOf(String caseNumber) {
        CaseRecords.Found found = records.find(caseNumber)
                .orElseThrow(() -> new RecordsException("records.register.case.error.notfound"));
        return found.provider().documents(found.caseId()).stream().map(d -> new Choice(d.key(), d.title())).toList();
    }

    /**
     * Registers a request for documents of a case of the person's committee. At least one document;
     * the requester may stay anonymous (their name, if given, is sealed); their language decides the
     * language of a refusal. Stored whole or not at all.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public long register(String caseNumber, Collection<String> documentKeys, String requester, String languageCode, LocalDate receivedOn) {
        CaseRecords.Found found = records.find(caseNumber)
                .orElseThrow(() -> new RecordsException("records.register.case.error.notfound"));
        long subject = found.caseId();
        long committee = cases.committeeOf(subject).filter(current.committees(StaffRole.HANDLER)::contains)
                .orElseThrow(() -> new RecordsException("records.register.case.error.notfound"));
        Set<String> keys = documentKeys == null ? Set.of() : new LinkedHashSet<>(documentKeys);
        if (keys.isEmpty()) {
            throw new RecordsException("records.register.documents.error.required");
        }
        Map<String, PublicRecords.Document> available = found.provider().documents(subject).stream()
                .collect(Collectors.toMap(PublicRecords.Document::key, Function.identity()));
        if (!available.keySet().containsAll(keys)) {
            throw new RecordsException("records.register.documents.error.required");
        }
        LocalDate today = CityTime.today(clock);
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today)) {
            throw new RecordsException("records.register.received.error.future");
        }
        String name = requester == null || requester.isBlank() ? null : requester.strip();
        if (name != null && name.length() > 200) {
            throw new RecordsException("records.register.requester.error.long");
        }
        String language = Language.fromCode(languageCode).map(Language::code).orElse(Language.SV.code());
        String number = cases.status(subject).orElseThrow().caseNumber();
        CaseRef ref = cases.open(new NewCase(CaseKind.RECORDS_REQUEST, "records-request-" + UUID.randomUUID(), null, null,
                committee, language));
        String reference = "records-request:" + ref.id();
        long id = store.insert(ref.id(), ref.caseNumber(), committee, name == null ? null : seal.seal(name, reference), language,
                found.provider().caseKind(), subject, number, received, WorkingDays.add(received, settings.firstActionDays()), clock.instant(), current.actor());
        for (String key : keys) {
            store.addDocument(id, key, available.get(key).title());
        }
        audit.record(current.actor(), "RECORDS_REQUEST_REGISTERED", SUBJECT, String.valueOf(id),
                ref.caseNumber() + " for " + number + " " + String.join(",", keys));
        return id;
    }

    /** The requests of the person's committees (all for administrators, without content); only overdue ones if asked. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Summary> list(boolean overdueOnly) {
        Collection<Long> committees = current.isAdmin()
                ? register.committees().stream().map(CommitteeSummary::id).toList()
                : current.committees(StaffRole.HANDLER);
        LocalDate today = CityTime.today(clock);
        return store.requests(committees, overdueOnly, today, 500).stream()
                .map(r -> new Summary(r.id(), r.caseNumber(), r.subjectCaseNumber(), r.receivedOn(), r.firstActionDue(),
                        r.state(), overdue(r, today))).toList();
    }

    /** The request behind a routing case (the inbox links cases of this kind here), if it is the person's. */
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> forCase(long caseId) {
        return store.byCase(caseId).filter(r -> current.committees(StaffRole.HANDLER).contains(r.committeeId()))
                .map(RequestStore.Request::id);
    }

    /** A request with its documents' text, for a handler of its committee; the read is audited. */
    @PreAuthorize("hasRole('HANDLER')")
    public Details details(long id) {
        RequestStore.Request r = mine(id);
        audit.record(current.actor(), "RECORDS_REQUEST_READ", SUBJECT, String.valueOf(id), r.caseNumber());
        return details(r);
    }

    /**
     * Decides one document: release it, release it with the given passages removed (each found in the
     * text; every occurrence goes), or refuse it — the last two with their legal ground. The first
     * decision is the request's first action.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public void decide(long id, String documentKey, ReviewDecision decision, LegalGround ground, List<String> passages) {
        RequestStore.Request r = mine(id);
        if (decision == null) {
            throw new RecordsException("records.review.decision.error.required");
        }
        RequestStore.Doc doc = store.documents(id).stream().filter(d -> d.key().equals(documentKey)).findFirst()
                .orElseThrow(() -> new RecordsException("records.review.decision.error.required"));
        List<String> cut = passages == null ? List.of() : passages.stream().filter(p -> p != null && !p.isBlank()).toList();
        List<Redaction> ranges = List.of();
        if (decision != ReviewDecision.RELEASE && ground == null) {
            throw new RecordsException("records.review.ground.error.required");
        }
        if (decision == ReviewDecision.RELEASE_REDACTED) {
            if (cut.isEmpty()) {
                throw new RecordsException("records.review.passage.error.required");
            }
            String text = text(r, documentKey);
            for (String p : cut) {
                if (!text.contains(p)) {
                    throw new RecordsException("records.review.passage.error.notfound");
                }
            }
            ranges = ReleaseDocuments.ranges(text, cut, ground);
        }
        Instant now = clock.instant();
        store.firstAction(id, now);
        advance(r.caseId(), se.medverka.routing.CaseState.IN_PROGRESS);
        store.decide(doc.id(), decision, decision == ReviewDecision.RELEASE ? null : ground, ranges, now, current.actor());
        audit.record(current.actor(), "RECORDS_REVIEW_DECIDED", SUBJECT, String.valueOf(id), documentKey + " " + decision
                + (ground == null || decision == ReviewDecision.RELEASE ? "" : " " + ground.citation())
                + (ranges.isEmpty() ? "" : " " + ranges.size() + " redactions"));
        if (store.documents(id).stream().allMatch(d -> d.decision() != null)) {
            store.decided(id, now, current.actor());
            // In the register the request is answered and closed: no due-date reminder for it any more.
            advance(r.caseId(), se.medverka.routing.CaseState.ANSWERED);
            advance(r.caseId(), se.medverka.routing.CaseState.CLOSED);
        }
    }

    /** Moves the request's case in routing's register where its state machine allows (it may not be routed yet). */
    private void advance(long caseId, se.medverka.routing.CaseState to) {
        cases.status(caseId).filter(s -> s.state().next().contains(to))
                .ifPresent(s -> cases.changeState(caseId, to, null));
    }

    /** The released copy as PDF; refused when a document has no decision yet or nothing is released. */
    @PreAuthorize("hasRole('HANDLER')")
    public byte[] releasedCopy(long id) {
        Details d = details(mine(id));
        if (!d.allDecided()) {
            throw new RecordsException("records.release.error.undecided");
        }
        if (d.documents().stream().allMatch(doc -> doc.decision() == ReviewDecision.REFUSE)) {
            throw new RecordsException("records.release.error.nothing");
        }
        audit.record(current.actor(), "RECORDS_COPY_RELEASED", SUBJECT, String.valueOf(id), d.caseNumber());
        return documents.releasedCopy(d, committeeName(d.committeeId()), CityTime.today(clock));
    }

    /** The decision to refuse, with how to appeal, in the requester's language (and Swedish) as PDF. */
    @PreAuthorize("hasRole('HANDLER')")
    public byte[] refusal(long id) {
        Details d = refused(id);
        audit.record(current.actor(), "RECORDS_REFUSAL_ISSUED", SUBJECT, String.valueOf(id), d.caseNumber() + " " + d.requesterLanguage());
        return documents.refusal(d, committeeName(d.committeeId()), CityTime.today(clock));
    }

    /** The refusal's text in the requester's language, to show on screen. */
    @PreAuthorize("hasRole('HANDLER')")
    public String refusalText(long id) {
        Details d = refused(id);
        return documents.refusalText(d, committeeName(d.committeeId()), CityTime.today(clock),
                Language.fromCode(d.requesterLanguage()).orElse(Language.SV));
    }

    private Details refused(long id) {
        Details d = details(mine(id));
        if (!d.allDecided()) {
            throw new RecordsException("records.release.error.undecided");
        }
        if (!d.anyRefused()) {
            throw new RecordsException("records.refusal.error.none");
        }
        return d;
    }

    private RequestStore.Request mine(long id) {
        return store.request(id).filter(r -> current.committees(StaffRole.HANDLER).contains(r.committeeId()))
                .orElseThrow(() -> new RecordsException("records.request.error.notfound"));
    }

    private Details details(RequestStore.Request r) {
        Map<String, PublicRecords.Document> texts = subjectDocuments(r).stream()
                .collect(Collectors.toMap(PublicRecords.Document::key, Function.identity()));
        List<Document> docs = new ArrayList<>();
        for (RequestStore.Doc d : store.documents(r.id())) {
            PublicRecords.Document text = texts.get(d.key());
            docs.add(new Document(d.id(), d.key(), d.title(), text == null ? "" : CaseRecords.text(text), d.decision(), d.ground(),
                    store.redactions(d.id())));
        }
        String requester = r.requesterSealed() == null ? null : seal.open(r.requesterSealed(), "records-request:" + r.caseId());
        return new Details(r.id(), r.caseId(), r.caseNumber(), r.committeeId(), requester, r.requesterLanguage(),
                r.subjectCaseNumber(), r.receivedOn(), r.firstActionDue(), r.firstActionAt(), r.state(),
                overdue(r, CityTime.today(clock)), docs);
    }

    private String text(RequestStore.Request r, String key) {
        return subjectDocuments(r).stream().filter(d -> d.key().equals(key)).findFirst()
                .map(CaseRecords::text).orElse("");
    }

    /** The documents of the case a request is about, from the provider of its kind. */
    private List<PublicRecords.Document> subjectDocuments(RequestStore.Request r) {
        return records.of(r.subjectKind()).orElseThrow(() -> new RecordsException("records.request.error.notfound"))
                .documents(r.subjectCaseId());
    }

    private String committeeName(long committeeId) {
        return register.committee(committeeId).map(CommitteeSummary::name).orElse("");
    }

    private static boolean overdue(RequestStore.Request r, LocalDate today) {
        return r.firstActionAt() == null && today.isAfter(r.firstActionDue());
    }
}
