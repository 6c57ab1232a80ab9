package se.medverka.complaint;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintEvents.ComplaintAnswered;
import se.medverka.complaint.ComplaintEvents.ComplaintReceived;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.Details;
import se.medverka.complaint.ComplaintViews.Mail;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.ComplaintViews.ResidentStatus;
import se.medverka.complaint.ComplaintViews.Template;
import se.medverka.complaint.internal.ComplaintCrypto;
import se.medverka.complaint.internal.ComplaintInput;
import se.medverka.complaint.internal.ComplaintSettings;
import se.medverka.complaint.internal.ComplaintStore;
import se.medverka.complaint.internal.ComplaintStore.Row;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseStatus;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingException;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.ServiceTypeSummary;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Complaints about discriminatory treatment or lack of accessibility. Residents send them without
 * an account and follow them with case code and PIN; only handlers of the responsible committee
 * (and administrators) read their content, and every such read is written to the audit log.
 */
@Service
@Transactional
public class Complaints {

    public static final String AUDIT_READ = "COMPLAINT_READ";
    public static final String AUDIT_READ_REFUSED = "COMPLAINT_READ_REFUSED";
    private static final String SUBJECT = "case";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * PINs are 12 characters of Crockford's base 32 (digits and letters without I, L, O, U): 60 random
     * bits, shown in three groups of four so that they can be read aloud and typed from paper.
     */
    private static final String PIN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int PIN_LENGTH = 12;

    private final ComplaintStore store;
    private final Cases cases;
    private final RoutingRegister register;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final ApplicationEventPublisher publisher;
    private final ComplaintSettings settings;
    private final Clock clock;
    private final AbuseLimits limits;
    private final ComplaintCrypto crypto;

    Complaints(ComplaintStore store, Cases cases, RoutingRegister register, AuditLog audit, CurrentStaff current,
               ApplicationEventPublisher publisher, ComplaintSettings settings, Clock clock, ComplaintCrypto crypto,
               AbuseLimits limits) {
        this.store = store;
        this.crypto = crypto;
        this.cases = cases;
        this.register = register;
        this.audit = audit;
        this.current = current;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
        this.limits = limits;
    }

    // ---- residents -------------------------------------------------------------------------------

    /** The city services a complaint can concern (codes; labels {@code routing.servicetype.<code>.label}). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> serviceTypes() {
        return register.serviceTypes().stream().map(ServiceTypeSummary::code).toList();
    }

    /** The districts: code → name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<String, String> districts() {
        return register.districtNames();
    }

    /**
     * Stores a complaint and opens its case in one transaction: it is either wholly stored, with a
     * case number, or not at all. Open to anyone; automated sending is refused, and so is sending
     * beyond the connection's limit or too many receipts to one e-mail address ({@code LimitReached}).
     */
    @PreAuthorize("permitAll()")
    public Receipt submit(ComplaintSubmission submission, String clientAddress) {
        Instant now = clock.instant();
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()
                || submission.openedAt() == null
                || Duration.between(submission.openedAt(), now).compareTo(settings.minFillTime()) < 0) {
            throw new ComplaintException("complaint.form.error.automated");
        }
        List<Problem> problems = new ArrayList<>();
        ComplaintInput.Clean clean = ComplaintInput.check(submission, serviceTypes(),
                districts().keySet(), LocalDate.ofInstant(now, CityTime.ZONE), problems);
        if (!problems.isEmpty()) {
            throw new ComplaintException(problems);
        }
        limits.take(Limit.COMPLAINT, clientAddress);
        if (clean.email() != null) {
            try {
                limits.takeForRecipient(Limit.CONFIRMATION_MAIL, clean.email());
            } catch (se.medverka.shared.limits.LimitReached e) {
                limits.giveBack(Limit.COMPLAINT, clientAddress); // nothing is sent, so nothing counts
                throw e;
            }
        }
        return register(clean, now, WEB).receipt();
    }

    /** The channels a complaint can come in by: the web form, or staff registering it for a resident. */
    public static final String WEB = "WEB";
    public static final List<String> ASSISTED_CHANNELS = List.of("PHONE", "VISIT", "LETTER", "INTERPRETER");

    /**
     * A complaint registered by staff on behalf of a resident (at a library, a service office, on the
     * phone, from a letter or with an interpreter), in the resident's language. From then on it is
     * exactly like one sent on the web (receipt, PIN, status page, answer, retention); the channel is
     * stored for follow-up, and who registered it goes to the audit trail only, never to the public.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    public Receipt submitAssisted(ComplaintSubmission submission, String channel) {
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        if (channel == null || !ASSISTED_CHANNELS.contains(channel)) {
            problems.add(new Problem("channel", "complaint.assisted.channel.error.required"));
        }
        ComplaintInput.Clean clean = ComplaintInput.check(submission, serviceTypes(),
                districts().keySet(), LocalDate.ofInstant(now, se.medverka.shared.time.CityTime.ZONE), problems);
        if (!problems.isEmpty()) {
            throw new ComplaintException(problems);
        }
        Registered r = register(clean, now, channel);
        audit.record(current.actor(), "COMPLAINT_ASSISTED", SUBJECT, String.valueOf(r.caseId()), "channel=" + channel);
        return r.receipt();
    }

    /** Submissions per channel (web and assisted) received in [from, to), for follow-up; a committee's own or all. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Long> perChannel(Long committeeId, LocalDate from, LocalDate to) {
        if (committeeId == null ? !current.isAdmin() : !current.mayActFor(se.medverka.shared.security.StaffRole.HANDLER, committeeId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your committee");
        }
        return store.perChannel(committeeId, from, to);
    }

    private record Registered(long caseId, Receipt receipt) {
    }

    /** Stores a checked complaint and opens its case, in the caller's transaction. */
    private Registered register(ComplaintInput.Clean clean, Instant now, String channel) {
        String pin = "ANONYMOUS".equals(clean.anonymity()) ? null : newPin();
        UUID reference = UUID.randomUUID();
        // Hashed before the case number is taken: that locks the year's counter until the commit.
        String pinHash = pin == null ? null : crypto.pinHash(normalisedPin(pin), reference.toString());
        CaseRef ref;
        try {
            ref = cases.open(new NewCase(CaseKind.COMPLAINT, reference.toString(), clean.serviceType(), clean.district(),
                    null, clean.language()));
        } catch (RoutingException e) {
            throw new ComplaintException("complaint.form.error.choice");
        }
        long id = store.insert(reference, ref.id(), ref.caseNumber(), clean, pinHash, now);
        if (!WEB.equals(channel)) {
            store.channel(id, channel);
        }
        publisher.publishEvent(new ComplaintReceived(id));
        return new Registered(ref.id(), new Receipt(ref.caseNumber(), pin, now, clean.concerns(), clean.serviceType(), clean.district(),
                clean.incidentDate(), clean.grounds(), clean.anonymity(), clean.email() != null));
    }

    /** The state, dates and answers of a complaint, for whoever has its case code and PIN. */
    @PreAuthorize("permitAll()")
    public ResidentStatus status(String caseCode, String pin, String clientAddress) {
        Row c = proven(caseCode, pin, clientAddress);
        CaseStatus s = cases.status(c.caseId()).orElseThrow();
        return new ResidentStatus(s.caseNumber(), s.state(), s.committeeName(), s.receivedAt(), s.answerDue(),
                s.answeredAt(), s.closedAt(), store.answers(c), c.erasedAt() != null);
    }

    /** Everything stored about the resident in this complaint, as text (their right of access). */
    @PreAuthorize("permitAll()")
    public String export(String caseCode, String pin, String clientAddress) {
        Row c = proven(caseCode, pin, clientAddress);
        CaseStatus s = cases.status(c.caseId()).orElseThrow();
        audit.record("resident", "COMPLAINT_EXPORTED", SUBJECT, String.valueOf(c.caseId()), null);
        StringBuilder out = new StringBuilder();
        line(out, "case_number", c.caseNumber());
        line(out, "state", s.state().name());
        line(out, "received_at", c.receivedAt().toString());
        line(out, "language", c.language());
        line(out, "anonymity", c.anonymity());
        line(out, "concerns", c.concerns());
        line(out, "service_type", c.serviceType());
        line(out, "district", c.district());
        line(out, "incident_date", c.incidentDate() == null ? null : c.incidentDate().toString());
        line(out, "when_and_where", c.place());
        line(out, "what_happened", c.what());
        line(out, "grounds", c.grounds() == null ? null : String.join(", ", c.grounds()));
        line(out, "wish", c.wish());
        line(out, "name", c.name());
        line(out, "email", c.email());
        for (Answer a : store.answers(c)) {
            line(out, "answer " + a.at(), a.text());
        }
        return out.toString();
    }

    // ---- notification ----------------------------------------------------------------------------

    /**
     * What the receipt mail needs, if the resident gave an e-mail: decrypted content, so for the
     * portal's own notification listener only ({@link se.medverka.shared.security.SystemCall}), never a person.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<Mail> receiptMail(long complaintId) {
        return store.byId(complaintId).filter(c -> c.email() != null)
                .map(c -> new Mail(c.email(), c.language(), c.caseNumber(), null));
    }

    /** What the answer mail needs, if the resident gave an e-mail; for the notification listener only, as above. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<Mail> answerMail(long complaintId, long answerId) {
        return store.byId(complaintId).filter(c -> c.email() != null)
                .flatMap(c -> store.answer(c, answerId).map(a -> new Mail(c.email(), c.language(), c.caseNumber(), a.text())));
    }

    /**
     * The anonymous figures of the complaint behind a case (no id, case number, person or free text),
     * for the follow-up module's statistics; empty when the case is no complaint or its content is
     * erased. System use from event listeners (no person is signed in there); it decrypts the grounds
     * of this one complaint only, never in bulk.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ComplaintFigures> figures(long caseId) {
        return store.figures(caseId);
    }

    // ---- committee -------------------------------------------------------------------------------

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
            audit.record(current.actor(), AUDIT_READ, SUBJECT, String.valueOf(caseId), found.get().caseNumber());
        } else {
            audit.record(current.actor(), AUDIT_READ_REFUSED, SUBJECT, String.valueOf(caseId), null);
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
     * Who read which complaint and when, for the data protection officer (dataskyddsombud): a role
     * that is not among those being logged. Looking at the log is itself audited.
     */
    @PreAuthorize("hasRole('DPO')")
    public List<se.medverka.audit.AuditLog.Entry> reads(int limit) {
        audit.record(current.actor(), "COMPLAINT_READS_REVIEWED", SUBJECT, null, null);
        return audit.reads(Math.max(1, Math.min(limit, 1000)), AUDIT_READ);
    }

    /**
     * The log of reads as CSV (UTF-8 with BOM; time, reader, case id, case number) for the data
     * protection officer's own records; the export is audited.
     */
    @PreAuthorize("hasRole('DPO')")
    public byte[] readsCsv(int limit) {
        List<se.medverka.audit.AuditLog.Entry> reads = audit.reads(Math.max(1, Math.min(limit, 100_000)), AUDIT_READ);
        String csv = se.medverka.shared.csv.CsvFile.text(sheet -> {
            sheet.row("time", "reader", "case", "case_number");
            reads.forEach(e -> sheet.row(e.at(), e.actor(), e.subjectId(), e.detail()));
        });
        audit.record(current.actor(), "COMPLAINT_READS_EXPORTED", SUBJECT, null, null);
        return csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- public records and the archive ------------------------------------------------------------

    /**
     * The documents of a complaint case as public records — the complaint as the resident wrote it and
     * each answer — for the secrecy review of a request to see them, by a handler of the case's
     * committee (the registry); another committee's case is "not found". The read is audited.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public List<ComplaintViews.RecordDocument> recordDocuments(long caseId) {
        Row c = mustAccess(caseId);
        audit.record(current.actor(), AUDIT_READ, SUBJECT, String.valueOf(caseId), c.caseNumber() + " (public records)");
        return documents(c);
    }

    /**
     * The facts of a closed, answered complaint of the person's committee that the committee may choose to
     * publish (never the resident's own text); empty when it is not closed, not answered or not theirs.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public Optional<ComplaintViews.PublicationFacts> publicationFacts(long caseId) {
        Optional<Row> found = accessible(caseId).filter(c -> c.erasedAt() == null && c.closedAt() != null && c.committeeId() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row c = found.get();
        List<Answer> answers = store.answers(c);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        audit.record(current.actor(), AUDIT_READ, SUBJECT, String.valueOf(caseId), c.caseNumber() + " (publication)");
        return Optional.of(new ComplaintViews.PublicationFacts(caseId, c.committeeId(), c.concerns(), c.serviceType(), c.closedAt(),
                answers.getLast().text()));
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
    public void forArchive(long committeeId, int year, java.util.function.Consumer<ComplaintViews.ArchivedCase> each) {
        if (!current.committees(StaffRole.HANDLER).contains(committeeId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your committee");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        audit.record(current.actor(), "COMPLAINT_ARCHIVE_EXPORT", "committee", String.valueOf(committeeId), String.valueOf(year));
        store.closedForArchive(committeeId, from, to, c -> each.accept(new ComplaintViews.ArchivedCase(c.caseId(),
                c.caseNumber(), c.receivedAt(), c.closedAt(), c.concerns(), c.serviceType(), c.district(), c.language(),
                c.anonymity(), documents(c))));
    }

    /** The complaints retention left in place (no decision covers them, or not yet delivered): a committee's or all. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ComplaintViews.Held> heldFromErasure(Long committeeId) {
        current.requireCommitteeOrCity(StaffRole.HANDLER, committeeId);
        return store.held(committeeId, 1000).stream()
                .map(h -> new ComplaintViews.Held(h.caseId(), h.caseNumber(), h.closedAt(), h.reason(), h.checkedAt()))
                .toList();
    }

    private List<ComplaintViews.RecordDocument> documents(Row c) {
        List<ComplaintViews.RecordDocument> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        appendField(text, "Vad gäller det", c.concerns());
        appendField(text, "Verksamhet", c.serviceType());
        appendField(text, "Stadsdel", c.district());
        appendField(text, "Datum för händelsen", c.incidentDate() == null ? null : c.incidentDate().toString());
        appendField(text, "När och var", c.place());
        appendField(text, "Vad hände", c.what());
        appendField(text, "Diskrimineringsgrunder", c.grounds() == null || c.grounds().isEmpty() ? null : String.join(", ", c.grounds()));
        appendField(text, "Önskemål", c.wish());
        appendField(text, "Namn", c.name());
        appendField(text, "E-post", c.email());
        docs.add(new ComplaintViews.RecordDocument("complaint", "Klagomål " + c.caseNumber(), c.receivedAt(), text.toString().strip()));
        int n = 0;
        for (Answer a : store.answers(c)) {
            n++;
            docs.add(new ComplaintViews.RecordDocument("answer-" + n, "Svar " + n + " på klagomål " + c.caseNumber(), a.at(), a.text()));
        }
        return docs;
    }

    private static void appendField(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value).append("\n\n");
        }
    }

    // ---- internals -------------------------------------------------------------------------------

    private Row proven(String caseCode, String pin, String clientAddress) {
        String number = caseCode == null ? "" : caseCode.strip().toUpperCase(Locale.ROOT);
        if (number.length() > 40) {
            number = number.substring(0, 40); // no case number is this long; the attempt still counts
        }
        // Counted before the check, in transactions of their own: a wrong try stays counted, and many
        // tries at once cannot slip past. Per connection and per case from that connection only, so
        // that nobody elsewhere can lock the owner out; a right code gives its tries back.
        limits.take(Limit.COMPLAINT_CODE, clientAddress);
        limits.take(Limit.COMPLAINT_CODE_CASE, clientAddress, number);
        String code = normalisedPin(pin);
        Optional<Row> found = code.length() > 40 ? Optional.empty() : store.byCaseNumber(number);
        if (found.isEmpty() || found.get().pinHash() == null || !crypto.pinMatches(code, found.get().reference().toString(), found.get().pinHash())) {
            throw new ComplaintException("complaint.status.error.wrong");
        }
        limits.giveBack(Limit.COMPLAINT_CODE, clientAddress);
        limits.giveBack(Limit.COMPLAINT_CODE_CASE, clientAddress, number);
        Row row = found.get();
        if (!row.pinHash().startsWith("pin:" + crypto.currentKeyId() + ":")) {
            // Made with a key that has since been rotated out of first place: re-hashed now that the PIN is
            // at hand, so that the old key can be retired (a PIN hash cannot be re-keyed without the PIN).
            store.setPinHash(row.id(), crypto.pinHash(code, row.reference().toString()));
        }
        return row;
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

    /** A new PIN as shown to the resident: {@code 7KQ2-M9XR-H4DA}. */
    static String newPin() {
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < PIN_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                pin.append('-');
            }
            pin.append(PIN_ALPHABET.charAt(RANDOM.nextInt(PIN_ALPHABET.length())));
        }
        return pin.toString();
    }

    /**
     * A PIN as typed, in the one form that is hashed: without spaces and hyphens, upper case, and with
     * the letters people take for digits read as those digits (O → 0, I and L → 1), as Crockford's
     * alphabet intends.
     */
    static String normalisedPin(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.strip().toUpperCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case ' ', '-', '\u00A0', '\u2010', '\u2011', '\u2012', '\u2013', '\t' -> { }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value == null ? "" : value).append('\n');
    }
}
