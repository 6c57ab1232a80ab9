package se.medverka.council;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.council.internal.ReferralStore;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * Referrals once closed: the referral and its answers are public records, except answers staff
 * marked for secrecy review; and who may read a referral's document or an answer's attachment.
 */
@Service
@Transactional(readOnly = true)
public class PublishedReferrals {

    public record PublicAnswer(long recipientId, String recipientName, Instant answeredAt, String answer,
                               List<Meetings.Document> attachments) {
    }

    public record PublicReferral(Referrals.ReferralSummary referral, String summary, long documentId, List<PublicAnswer> answers) {
    }

    private final ReferralStore store;
    private final ReferralAnswers answers;
    private final CurrentStaff staff;

    PublishedReferrals(ReferralStore store, ReferralAnswers answers, CurrentStaff staff) {
        this.store = store;
        this.answers = answers;
        this.staff = staff;
    }

    /** Closed referrals, newest first, for the public list. */
    @PreAuthorize("permitAll()")
    public List<Referrals.ReferralSummary> published() {
        return store.summaries(null).stream().filter(r -> r.closedAt() != null).toList();
    }

    /** A closed referral with its answers, except those under secrecy review. */
    @PreAuthorize("permitAll()")
    public Optional<PublicReferral> publishedReferral(long referralId) {
        return store.summaries(referralId).stream().filter(r -> r.closedAt() != null).findFirst()
                .map(s -> new PublicReferral(s, store.summaryText(referralId), store.firstDocument(referralId),
                        store.publicAnswers(referralId)));
    }

    /**
     * A referral's document or an answer's attachment: public once the referral is closed (and the
     * answer not under secrecy review), to the sending committee's staff always, and to a recipient
     * through its own link (the referral's document, and its own attachments).
     */
    @PreAuthorize("permitAll()")
    public Optional<Meetings.File> document(long documentId, String token) {
        return store.document(documentId)
                .filter(r -> (r.closed() && !r.secrecy())
                        || staff.username().isPresent() && staff.mayActFor(StaffRole.HANDLER, r.committeeId())
                        || token != null && answers.byLink(token).filter(p -> r.recipientId() == null
                                ? store.referralOf(p.recipientId()) == r.referralId()
                                : p.recipientId() == r.recipientId()).isPresent())
                .map(r -> new Meetings.File(r.name(), r.content()));
    }
}
