package se.medverka.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintEvents.ComplaintReceived;
import se.medverka.complaint.ComplaintException.Problem;
import se.medverka.complaint.ComplaintViews.Answer;
import se.medverka.complaint.ComplaintViews.Mail;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.complaint.ComplaintViews.ResidentStatus;
import se.medverka.complaint.internal.ComplaintCrypto;
import se.medverka.complaint.internal.ComplaintInput;
import se.medverka.complaint.internal.ComplaintPins;
import se.medverka.complaint.internal.ComplaintSettings;
import se.medverka.complaint.internal.ComplaintStore;
import se.medverka.complaint.internal.ComplaintStore.Row;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.CaseStatus;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingException;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.ServiceTypeSummary;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Complaints about discriminatory treatment or lack of accessibility, as residents (and staff
 * registering for them) send them and follow them: without an account, with case code and PIN; and
 * what the notification and follow-up modules need of one complaint. The committee's handling is in
 * {@link ComplaintHandling}, the data protection officer's review of reads in {@link ComplaintReads}.
 */
@Service
@Transactional
public class Complaints {

    /** Audit action of a read of a complaint's content (see {@link ComplaintHandling#read}). */
    public static final String AUDIT_READ = "COMPLAINT_READ";
    public static final String AUDIT_READ_REFUSED = "COMPLAINT_READ_REFUSED";
    private static final String SUBJECT = "case";

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
                districts().keySet(), LocalDate.ofInstant(now, CityTime.ZONE), problems);
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
        if (committeeId == null ? !current.isAdmin() : !current.mayActFor(StaffRole.HANDLER, committeeId)) {
            throw new AccessDeniedException("not your committee");
        }
        return store.perChannel(committeeId, from, to);
    }

    private record Registered(long caseId, Receipt receipt) {
    }

    /** Stores a checked complaint and opens its case, in the caller's transaction. */
    private Registered register(ComplaintInput.Clean clean, Instant now, String channel) {
        String pin = "ANONYMOUS".equals(clean.anonymity()) ? null : ComplaintPins.generate();
        UUID reference = UUID.randomUUID();
        // Hashed before the case number is taken: that locks the year's counter until the commit.
        String pinHash = pin == null ? null : crypto.pinHash(ComplaintPins.normalised(pin), reference.toString());
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
        String code = ComplaintPins.normalised(pin);
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

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value == null ? "" : value).append('\n');
    }
}
