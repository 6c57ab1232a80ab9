package se.medverka.council;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.ExtensionGranted;
import se.medverka.council.CouncilEvents.ReferralRecipientAdded;
import se.medverka.council.internal.OrganisationStore;
import se.medverka.council.internal.Pdfs;
import se.medverka.council.internal.ReferralStore;
import se.medverka.council.internal.Tokens;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Referrals (remisser), the sending committee's side. Staff of a committee send a document to
 * councils, committees and organisations (registered in {@link Organisations}, or typed in) with a
 * last day; each recipient gets a link (only its hash is stored). Staff of the sending committee
 * see who answered, asked for more time or is late, grant a new last day (recorded), mark answers
 * for secrecy review and close the referral, which publishes it ({@link PublishedReferrals}). The
 * recipients' side is {@link ReferralAnswers}; the SQL is {@code internal.ReferralStore}.
 */
@Service
@Transactional
public class Referrals {

    static final int MAX_TEXT = 50_000;

    /** An organisation typed in for one referral (not in the register). */
    public record Organisation(String name, String email, Language language) {
    }

    public record NewReferral(long committeeId, String title, String summary, LocalDate deadline,
                              List<Long> councilIds, List<Long> committeeIds, List<Organisation> organisations,
                              List<Long> organisationIds, Meetings.File document) {

        /** A referral without registered organisations. */
        public NewReferral(long committeeId, String title, String summary, LocalDate deadline, List<Long> councilIds,
                           List<Long> committeeIds, List<Organisation> organisations, Meetings.File document) {
            this(committeeId, title, summary, deadline, councilIds, committeeIds, organisations, List.of(), document);
        }
    }

    public enum RecipientKind { COUNCIL, COMMITTEE, ORGANISATION }

    public record ReferralSummary(long id, long committeeId, String committeeName, String title, LocalDate deadline,
                                  Instant sentAt, Instant closedAt, int recipients, int answered) {
    }

    /** One line of the staff overview. */
    public record RecipientRow(long id, RecipientKind kind, String name, LocalDate deadline, Instant extensionAskedAt,
                               LocalDate extensionWanted, String extensionReason, Instant extensionGrantedAt,
                               Instant answeredAt, String caseNumber, Instant remindedAt, boolean secrecyReview,
                               boolean late) {
    }

    public record Overview(ReferralSummary referral, List<RecipientRow> recipients) {
    }

    private final ReferralStore store;
    private final OrganisationStore organisations;
    private final CurrentStaff staff;
    private final RoutingRegister register;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pdfs pdfs;

    Referrals(ReferralStore store, OrganisationStore organisations, CurrentStaff staff, RoutingRegister register,
              AuditLog audit, ApplicationEventPublisher events, Clock clock, Pdfs pdfs) {
        this.store = store;
        this.organisations = organisations;
        this.staff = staff;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.pdfs = pdfs;
    }

    /** Sends a referral, wholly or not at all: no recipient, no document or a past last day is refused. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long send(NewReferral r) {
        if (!staff.mayActFor(StaffRole.HANDLER, r.committeeId()) || register.committee(r.committeeId()).isEmpty()) {
            throw new CouncilException("council.edit.committee.error.notyours");
        }
        String title = Councils.strip(r.title());
        String summary = Councils.strip(r.summary());
        if (title == null || title.length() > 500) {
            throw new CouncilException("council.referral.title.error.required");
        }
        if (summary == null || summary.length() > MAX_TEXT) {
            throw new CouncilException("council.referral.summary.error.required");
        }
        if (r.deadline() == null || !r.deadline().isAfter(today())) {
            throw new CouncilException("council.referral.deadline.error.future");
        }
        var councilIds = new LinkedHashSet<>(r.councilIds() == null ? List.<Long>of() : r.councilIds());
        var committeeIds = new LinkedHashSet<>(r.committeeIds() == null ? List.<Long>of() : r.committeeIds());
        var registeredIds = new LinkedHashSet<>(r.organisationIds() == null ? List.<Long>of() : r.organisationIds());
        List<Organisation> typedIn = r.organisations() == null ? List.of() : r.organisations();
        if (councilIds.isEmpty() && committeeIds.isEmpty() && typedIn.isEmpty() && registeredIds.isEmpty()) {
            throw new CouncilException("council.referral.recipients.error.required");
        }
        for (Organisation o : typedIn) {
            if (Councils.strip(o.name()) == null || Councils.strip(o.name()).length() > 200 || !Councils.validEmail(Councils.strip(o.email()))) {
                throw new CouncilException("council.referral.organisation.error.invalid");
            }
        }
        if (r.document() == null) {
            throw new CouncilException("council.referral.document.error.required");
        }
        String fileName = pdfs.check(r.document().fileName(), r.document().content());
        if (!councilIds.stream().allMatch(store::councilExists)
                || !committeeIds.stream().allMatch(c -> register.committee(c).isPresent())) {
            throw new CouncilException("council.error.notfound");
        }
        List<OrganisationStore.Contact> registered = new ArrayList<>();
        for (long id : registeredIds) {
            registered.add(organisations.contact(id).orElseThrow(() -> new CouncilException("council.error.notfound")));
        }
        Instant now = clock.instant();
        long id = store.insertReferral(r.committeeId(), title, summary, r.deadline(), now, staff.actor());
        store.insertDocument(id, null, fileName, r.document().content(), now);
        for (long council : councilIds) {
            addRecipient(id, r.deadline(), council, null, null, null, null, Language.SV);
        }
        for (long committee : committeeIds) {
            addRecipient(id, r.deadline(), null, committee, null, null, null, Language.SV);
        }
        for (OrganisationStore.Contact o : registered) {
            addRecipient(id, r.deadline(), null, null, o.id(), o.name(), o.email(), o.language());
        }
        for (Organisation o : typedIn) {
            addRecipient(id, r.deadline(), null, null, null, o.name().strip(), o.email().strip(),
                    o.language() == null ? Language.SV : o.language());
        }
        audit.record(staff.actor(), "REFERRAL_SENT", "council_referral", String.valueOf(id),
                (councilIds.size() + committeeIds.size() + registered.size() + typedIn.size()) + " recipients");
        return id;
    }

    private void addRecipient(long referralId, LocalDate deadline, Long council, Long committee, Long organisationId,
                              String orgName, String orgEmail, Language language) {
        String token = Tokens.create();
        long id = store.insertRecipient(referralId, deadline, council, committee, organisationId, orgName, orgEmail, language,
                Tokens.hash(token));
        events.publishEvent(new ReferralRecipientAdded(id, token));
    }

    /** Referrals sent by the person's committees (administrators: all), newest first. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> forStaff() {
        return store.summaries(null).stream().filter(r -> staff.mayActFor(StaffRole.HANDLER, r.committeeId())).toList();
    }

    /**
     * Who answered, who asked for more time, who is late: for the sending committee's staff only
     * (another committee's staff do not see its unpublished answers). All recipients.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Overview> overview(long referralId) {
        return overview(referralId, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the overview, {@code limit} rows from {@code offset} in the order of the
     * recipients' names (one query); the summary counts all of them. The staff view shows a page at a time.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Overview> overview(long referralId, int offset, int limit) {
        return store.summaries(referralId).stream().findFirst()
                .filter(r -> staff.mayActFor(StaffRole.HANDLER, r.committeeId()))
                .map(s -> new Overview(s, store.recipientRows(referralId, today(), offset, limit)));
    }

    /** Grants a recipient a new last day (after the current one); recorded, and mailed to the recipient. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void grantExtension(long recipientId, LocalDate newDeadline) {
        ReferralStore.StaffRecipient r = staffRecipient(recipientId);
        if (r.answered()) {
            throw new CouncilException("council.referral.answer.error.already");
        }
        if (newDeadline == null || !newDeadline.isAfter(r.deadline()) || !newDeadline.isAfter(today())) {
            throw new CouncilException("council.referral.extension.error.date");
        }
        store.grantExtension(recipientId, newDeadline, clock.instant(), staff.actor());
        audit.record(staff.actor(), "REFERRAL_EXTENSION_GRANTED", "council_referral_recipient", String.valueOf(recipientId),
                r.deadline() + " -> " + newDeadline);
        events.publishEvent(new ExtensionGranted(recipientId));
    }

    /** Marks (or unmarks) an answer for secrecy review: it is not published until staff decide. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void markForSecrecyReview(long recipientId, boolean review) {
        staffRecipient(recipientId);
        store.secrecyReview(recipientId, review);
        audit.record(staff.actor(), review ? "REFERRAL_ANSWER_SECRECY_REVIEW" : "REFERRAL_ANSWER_SECRECY_CLEARED",
                "council_referral_recipient", String.valueOf(recipientId), null);
    }

    /** Closes a referral: it and its answers (except those under secrecy review) become public. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void close(long referralId) {
        long committee = store.committeeOf(referralId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (!staff.mayActFor(StaffRole.HANDLER, committee)) {
            throw new AccessDeniedException("not your committee's referral");
        }
        if (!store.close(referralId, clock.instant(), staff.actor())) {
            throw new CouncilException("council.referral.error.closed");
        }
        audit.record(staff.actor(), "REFERRAL_CLOSED", "council_referral", String.valueOf(referralId), null);
    }

    private ReferralStore.StaffRecipient staffRecipient(long recipientId) {
        ReferralStore.StaffRecipient r = store.staffRecipient(recipientId)
                .orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (!staff.mayActFor(StaffRole.HANDLER, r.committeeId())) {
            throw new AccessDeniedException("not your committee's referral");
        }
        return r;
    }

    LocalDate today() {
        return CityTime.today(clock);
    }
}
