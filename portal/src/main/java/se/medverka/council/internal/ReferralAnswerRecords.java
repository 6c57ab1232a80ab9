package se.medverka.council.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.council.CouncilException;
import se.medverka.council.internal.ReferralStore.AnswerRecord;
import se.medverka.routing.CaseKind;
import se.medverka.routing.Cases;
import se.medverka.shared.records.PublicRecords;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Referral answers (yttranden, cases of kind {@code REFERRAL_ANSWER}) as public records: the answer's
 * text with the referral it answers and who answered, then each PDF attachment as it was sent. For
 * handlers of the committee the answer's case is with; another committee's case is "not found".
 */
@Component
@Transactional
public class ReferralAnswerRecords implements PublicRecords {

    private final ReferralStore store;
    private final Cases cases;
    private final CurrentStaff current;

    ReferralAnswerRecords(ReferralStore store, Cases cases, CurrentStaff current) {
        this.store = store;
        this.cases = cases;
        this.current = current;
    }

    @Override
    public String caseKind() {
        return CaseKind.REFERRAL_ANSWER.name();
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public Optional<Long> caseIdOf(String caseNumber) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        return store.answerCaseId(number).filter(this::handles);
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public List<Document> documents(long caseId) {
        AnswerRecord a = (handles(caseId) ? store.answerOfCase(caseId) : Optional.<AnswerRecord>empty())
                .orElseThrow(() -> new CouncilException("council.error.notfound"));
        return documents(a);
    }

    @Override
    @PreAuthorize("hasRole('HANDLER')")
    @Transactional(readOnly = true)
    public void closedCases(long committeeId, int year, Consumer<ClosedCase> each) {
        if (!current.committees(StaffRole.HANDLER).contains(committeeId)) {
            throw new CouncilException("council.error.notfound");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CityTime.ZONE).toInstant();
        store.closedAnswers(committeeId, from, to, a -> each.accept(new ClosedCase(a.caseId(), a.caseNumber(), caseKind(),
                "Remissvar", "Remissvar " + a.caseNumber() + " på remissen " + a.referralTitle(), a.receivedAt(), a.closedAt(),
                List.of("Remiss: " + a.referralTitle(), "Från: " + a.recipientName(), "Språk: " + a.language(),
                        "Markerat för sekretessprövning vid publicering: " + (a.secrecyReview() ? "ja" : "nej")),
                documents(a))));
    }

    private List<Document> documents(AnswerRecord a) {
        List<Document> docs = new ArrayList<>();
        docs.add(Document.text("answer", "Yttrande " + a.caseNumber(), a.answeredAt(),
                "Yttrande över remissen " + a.referralTitle() + "\n"
                        + "Från: " + a.recipientName() + "\n"
                        + "Inkom: " + a.answeredAt().atZone(CityTime.ZONE).toLocalDate() + "\n\n"
                        + a.answer()));
        int n = 0;
        for (ReferralStore.Attachment file : store.attachments(a.recipientId())) {
            n++;
            docs.add(Document.pdf("attachment-" + n, "Bilaga " + n + " till yttrande " + a.caseNumber() + ": " + file.fileName(),
                    file.uploadedAt(), file.content()));
        }
        return docs;
    }

    private boolean handles(long caseId) {
        return cases.committeeOf(caseId).filter(current.committees(StaffRole.HANDLER)::contains).isPresent();
    }
}
