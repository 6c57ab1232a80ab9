package se.medverka.council;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.AnswerOverdue;
import se.medverka.council.CouncilEvents.AnswerReceived;
import se.medverka.council.internal.Pdfs;
import se.medverka.council.internal.ReferralStore;
import se.medverka.council.internal.Tokens;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.time.CityTime;

/**
 * Referrals, the recipients' side: a council, a committee or an organisation opens its link, asks
 * for more time (anstånd) and answers (yttrande) with PDF attachments; every answer is a case of the
 * sending committee, its number mailed back as the receipt. A recipient past its last day gets one
 * reminder per last day ({@code internal.ReferralReminderJob}).
 */
@Service
@Transactional
public class ReferralAnswers {

    /** What a recipient sees through its link. */
    public record RecipientPage(long recipientId, String recipientName, String title, String summary,
                                String committeeName, LocalDate deadline, Instant extensionAskedAt,
                                Instant answeredAt, String caseNumber, boolean closed, long documentId, String language,
                                long committeeId) {
    }

    private final ReferralStore store;
    private final Cases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pdfs pdfs;
    private final AbuseLimits limits;

    ReferralAnswers(ReferralStore store, Cases cases, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                    Pdfs pdfs, AbuseLimits limits) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.pdfs = pdfs;
        this.limits = limits;
    }

    /** What a recipient's link shows; an unknown link shows nothing. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RecipientPage> byLink(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return store.page(Tokens.hash(token));
    }

    /** The recipient asks for more time (anstånd): a wished date and a reason, for staff to decide. */
    @PreAuthorize("permitAll()")
    public void askForMoreTime(String token, LocalDate wanted, String reason, String clientAddress) {
        RecipientPage page = byLink(token).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (page.closed() || page.answeredAt() != null) {
            throw new CouncilException("council.referral.error.closed");
        }
        String why = Councils.strip(reason);
        if (wanted == null || !wanted.isAfter(page.deadline())) {
            throw new CouncilException("council.referral.extension.error.date");
        }
        if (why != null && why.length() > 2000) {
            throw new CouncilException("council.referral.extension.reason.error.long");
        }
        limits.take(Limit.REFERRAL_ANSWER, clientAddress);
        store.askForMoreTime(page.recipientId(), clock.instant(), wanted, why);
        audit.record("remiss:" + page.recipientId(), "REFERRAL_EXTENSION_ASKED", "council_referral_recipient",
                String.valueOf(page.recipientId()), String.valueOf(wanted));
    }

    /**
     * The recipient's answer (yttrande) with PDF attachments: refused after the last day unless an
     * extension moved it, or when an attachment is not a PDF or too large; otherwise stored and
     * opened as a case of the sending committee in one transaction, its number mailed as the receipt.
     */
    @PreAuthorize("permitAll()")
    public CaseRef answer(String token, String text, List<Meetings.File> attachments, String clientAddress) {
        RecipientPage page = byLink(token).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (page.closed()) {
            throw new CouncilException("council.referral.error.closed");
        }
        if (page.answeredAt() != null) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        if (today().isAfter(page.deadline())) {
            throw new CouncilException("council.referral.answer.error.late");
        }
        String answer = Councils.strip(text);
        if (answer == null) {
            throw new CouncilException("council.referral.answer.error.required");
        }
        if (answer.length() > Referrals.MAX_TEXT) {
            throw new CouncilException("council.referral.answer.error.long");
        }
        List<Meetings.File> files = attachments == null ? List.of() : attachments;
        List<String> names = new ArrayList<>();
        for (Meetings.File f : files) {
            names.add(pdfs.check(f.fileName(), f.content()));
        }
        limits.take(Limit.REFERRAL_ANSWER, clientAddress);
        Instant now = clock.instant();
        if (!store.storeAnswer(page.recipientId(), answer, now)) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        CaseRef ref = cases.open(new NewCase(CaseKind.REFERRAL_ANSWER, "referral-recipient:" + page.recipientId(),
                null, null, page.committeeId(), page.language()));
        store.answerCase(page.recipientId(), ref.id(), ref.caseNumber());
        for (int i = 0; i < files.size(); i++) {
            store.insertDocument(null, page.recipientId(), names.get(i), files.get(i).content(), now);
        }
        audit.record("remiss:" + page.recipientId(), "REFERRAL_ANSWERED", "council_referral_recipient",
                String.valueOf(page.recipientId()), ref.caseNumber());
        events.publishEvent(new AnswerReceived(page.recipientId()));
        return ref;
    }

    /**
     * Reminds recipients whose last day has passed without an answer, once per last day, at most
     * {@code batch} at a time; rows another node is reminding are skipped. Returns how many.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int remindOverdue(int batch) {
        List<Long> due = store.lockDueForReminder(today(), batch);
        for (long id : due) {
            store.reminded(id, clock.instant());
            events.publishEvent(new AnswerOverdue(id));
        }
        return due.size();
    }

    private LocalDate today() {
        return CityTime.today(clock);
    }
}
