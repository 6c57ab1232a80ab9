package se.medverka.legal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.legal.LegalEvents.ReportAnswered;
import se.medverka.legal.LegalException.Problem;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;

/**
 * Reported accessibility problems. A resident (no account) says on which page and what happened,
 * optionally with an e-mail address for the answer; the report becomes a case of its own kind in
 * the triage queue at the city office, and staff who may handle the case answer it, which is
 * mailed if an address was given. The same abuse limits as the other public forms: a hidden
 * field, a minimum time on the form and a limit per address.
 * <p>
 * The address is the only personal data here: it is stored encrypted ({@link PersonalDataSeal}) and
 * erased in the transaction that queues the answer mail; an unanswered report's address goes after
 * {@code medverka.legal.report.address-retention} ({@code legal.internal.ReportAddressRetention}).
 */
@Service
@Transactional
public class AccessibilityReports {

    static final int MAX_PAGE = 500;
    static final int MAX_TEXT = 5000;
    /** An e-mail address as the legal module accepts it (also the report form's {@code @Pattern}). */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    /** What the form sends. */
    public record Submission(String page, String what, String email, String language, String honeypot, Instant openedAt) {
    }

    public record Receipt(String caseNumber, boolean mailed) {
    }

    /** A report as its handler sees it. */
    public record Report(long id, long caseId, String caseNumber, String page, String what, boolean hasEmail,
                         String language, Instant receivedAt, String answer, Instant answeredAt, boolean answerMailed) {
    }

    /** What the answer mail needs. */
    public record Mail(String recipient, String language, String caseNumber, String answer) {
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final RoutingRegister register;
    private final AuditLog audit;
    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration minFillTime;
    private final AbuseLimits limits;
    private final PersonalDataSeal seal;

    AccessibilityReports(JdbcClient jdbc, Cases cases, RoutingRegister register, AuditLog audit, CurrentStaff staff,
                         ApplicationEventPublisher events, Clock clock,
                         @Value("${medverka.legal.report.min-fill-time:PT3S}") Duration minFillTime, AbuseLimits limits,
                         PersonalDataSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.cases = cases;
        this.register = register;
        this.audit = audit;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
        this.minFillTime = minFillTime;
        this.limits = limits;
    }

    /** Stores a report and opens its case in the triage queue, wholly or not at all. Open to anyone. */
    @PreAuthorize("permitAll()")
    public Receipt submit(Submission s, String clientAddress) {
        Instant now = clock.instant();
        if (s.honeypot() != null && !s.honeypot().isEmpty() || s.openedAt() == null
                || Duration.between(s.openedAt(), now).compareTo(minFillTime) < 0) {
            throw new LegalException("legal.report.form.error.automated");
        }
        String page = strip(s.page());
        String what = strip(s.what());
        String email = strip(s.email());
        List<Problem> problems = new ArrayList<>();
        if (page == null) {
            problems.add(new Problem("page", "legal.report.page.error.required"));
        } else if (page.length() > MAX_PAGE) {
            problems.add(new Problem("page", "legal.report.page.error.long"));
        }
        if (what == null) {
            problems.add(new Problem("what", "legal.report.what.error.required"));
        } else if (what.length() > MAX_TEXT) {
            problems.add(new Problem("what", "legal.report.what.error.long"));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "legal.report.email.error.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new LegalException(problems);
        }
        limits.take(Limit.ACCESSIBILITY_REPORT, clientAddress);
        String language = Language.fromCode(s.language()).orElse(Language.DEFAULT).code();
        // Straight to the triage queue: the city office runs the website, whatever page it is.
        long triage = register.committees().stream().filter(CommitteeSummary::triage).findFirst().orElseThrow().id();
        CaseRef ref = cases.open(new NewCase(CaseKind.ACCESSIBILITY_REPORT, UUID.randomUUID().toString(), null, null,
                triage, language));
        jdbc.sql("""
                insert into accessibility_report (case_id, case_number, page, what, email_enc, language, received_at)
                values (:c, :n, :p, :w, :e, :l, :at)""")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("p", page).param("w", what)
                .param("e", seal.seal(email, addressContext(ref.caseNumber())), java.sql.Types.VARCHAR).param("l", language).param("at", java.sql.Timestamp.from(now)).update();
        return new Receipt(ref.caseNumber(), email != null);
    }

    /** The report of a case, for staff who may handle the case; another committee's is not found. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Report> forCase(long caseId) {
        if (!cases.mayHandle(caseId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, case_id, case_number, page, what, email_enc is not null, language, received_at, answer, answered_at, answer_mailed
                from accessibility_report where case_id = :c""").param("c", caseId)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getBoolean(11)))
                .optional();
    }

    /** Answers a report: stored, the case moves to answered, the answer is mailed if an address was given. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void answer(long caseId, String text) {
        Report report = forCase(caseId).orElseThrow(() -> new LegalException("legal.case.error.notfound"));
        String answer = strip(text);
        if (answer == null) {
            throw new LegalException(List.of(new Problem("answer", "legal.case.answer.error.required")));
        }
        if (answer.length() > MAX_TEXT) {
            throw new LegalException(List.of(new Problem("answer", "legal.case.answer.error.long")));
        }
        CaseState state = cases.status(caseId).orElseThrow().state();
        if (state == CaseState.TRIAGE || state == CaseState.ASSIGNED || state == CaseState.FORWARDED
                || state == CaseState.CLOSED) {
            cases.changeState(caseId, CaseState.IN_PROGRESS, null);
        }
        if (cases.status(caseId).orElseThrow().state() == CaseState.IN_PROGRESS) {
            cases.changeState(caseId, CaseState.ANSWERED, null);
        }
        jdbc.sql("update accessibility_report set answer = :a, answered_at = :at, answered_by = :by where id = :id")
                .param("a", answer).param("at", java.sql.Timestamp.from(clock.instant())).param("by", staff.actor())
                .param("id", report.id()).update();
        audit.record(staff.actor(), "ACCESSIBILITY_REPORT_ANSWERED", "case", String.valueOf(caseId), null);
        events.publishEvent(new ReportAnswered(report.id()));
        // The listener queued the mail in this transaction; the address has no other use, so it goes now.
        jdbc.sql("update accessibility_report set answer_mailed = answer_mailed or email_enc is not null, email_enc = null where id = :id")
                .param("id", report.id()).update();
    }

    /**
     * The answer mail, if the reporter gave an address (decrypted personal data): for the notification
     * listener only, which calls it through {@code SystemCall}, like the complaint mails.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<Mail> answerMail(long reportId) {
        return jdbc.sql("""
                select email_enc, language, case_number, answer from accessibility_report
                where id = :id and email_enc is not null and answer is not null""").param("id", reportId)
                .query((rs, n) -> new Mail(seal.open(rs.getString(1), addressContext(rs.getString(3))),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Binds an address's ciphertext to its report. */
    public static String addressContext(String caseNumber) {
        return "accessibility_report:" + caseNumber + ":email";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
