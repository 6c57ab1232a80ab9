package se.medverka.council;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.MeetingInvitationSent;
import se.medverka.council.internal.MeetingStore;
import se.medverka.council.internal.Pdfs;
import se.medverka.shared.security.CurrentStaff;

/**
 * Meetings (sammanträden), the staff's side: staff set the date, the place or link and the numbered
 * agenda (§) with PDF documents, send the invitation (mail with an iCalendar file), write the minutes
 * item by item and name who approves them (the chair always does). The approvers confirm, and the
 * public reads approved minutes, through {@link Minutes}; the SQL is {@code internal.MeetingStore}.
 */
@Service
@Transactional
public class Meetings {

    static final int MAX_TEXT = 20_000;

    public record NewMeeting(Instant startsAt, Instant endsAt, String place, String link) {
    }

    public record Meeting(long id, long councilId, Instant startsAt, Instant endsAt, String place, String link,
                          LocalDate approveBy, Instant invitedAt, Instant minutesSubmittedAt, Instant publishedAt) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    public record Document(long id, String fileName, int size) {
    }

    public record Item(long id, int number, String title, String minutes, List<Document> documents) {
    }

    public record Approver(long memberId, String name, MemberRole role, Instant confirmedAt) {
    }

    /** A meeting with its agenda, minutes and approvers. */
    public record Details(Meeting meeting, List<Item> items, List<Approver> approvers) {
        public boolean approved() {
            return !approvers.isEmpty() && approvers.stream().allMatch(a -> a.confirmedAt() != null);
        }
    }

    public record File(String fileName, byte[] content) {
    }

    private final MeetingStore store;
    private final Councils councils;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pdfs pdfs;

    Meetings(MeetingStore store, Councils councils, CurrentStaff staff, AuditLog audit, ApplicationEventPublisher events,
             Clock clock, Pdfs pdfs) {
        this.store = store;
        this.councils = councils;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.pdfs = pdfs;
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long create(long councilId, NewMeeting m) {
        councils.requireStaff(councilId);
        if (m.startsAt() == null || m.endsAt() == null) {
            throw new CouncilException("council.meeting.time.error.required");
        }
        if (!m.endsAt().isAfter(m.startsAt())) {
            throw new CouncilException("council.meeting.time.error.order");
        }
        String place = Councils.strip(m.place());
        String link = Councils.strip(m.link());
        if (place == null && link == null) {
            throw new CouncilException("council.meeting.place.error.required");
        }
        if (link != null && !link.matches("https://\\S{3,500}")) {
            throw new CouncilException("council.meeting.link.error.invalid");
        }
        if (place != null && place.length() > 500) {
            throw new CouncilException("council.meeting.place.error.long");
        }
        long id = store.insertMeeting(councilId, m.startsAt(), m.endsAt(), place, link, staff.actor());
        audit.record(staff.actor(), "COUNCIL_MEETING_CREATED", "council_meeting", String.valueOf(id), null);
        return id;
    }

    /** Adds the next numbered item (§), optionally with a PDF; refused once the minutes are submitted. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long addItem(long meetingId, String title, File document) {
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        String t = Councils.strip(title);
        if (t == null) {
            throw new CouncilException("council.item.title.error.required");
        }
        if (t.length() > 500) {
            throw new CouncilException("council.item.title.error.long");
        }
        String fileName = document == null ? null : pdfs.check(document.fileName(), document.content());
        return store.insertItem(meetingId, t, fileName, document == null ? null : document.content(), clock.instant());
    }

    /** Writes an item's minutes; refused once submitted for approval. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void writeMinutes(long itemId, String text) {
        long meetingId = store.meetingOfItem(itemId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        String t = Councils.strip(text);
        if (t != null && t.length() > MAX_TEXT) {
            throw new CouncilException("council.minutes.text.error.long");
        }
        store.writeMinutes(itemId, t);
    }

    /** Mails the invitation, with the agenda and an iCalendar file, to every member in their language. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void sendInvitation(long meetingId) {
        Meeting m = staffMeeting(meetingId);
        if (!m.startsAt().isAfter(clock.instant())) {
            throw new CouncilException("council.meeting.invite.error.past");
        }
        store.invited(meetingId, clock.instant());
        audit.record(staff.actor(), "COUNCIL_MEETING_INVITED", "council_meeting", String.valueOf(meetingId), null);
        events.publishEvent(new MeetingInvitationSent(meetingId));
    }

    /**
     * Submits the minutes for approval by the chair(s) and the named members, by a date. Every item
     * must have its minutes; the approvers must be members of the council.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void submitMinutes(long meetingId, List<Long> approverMemberIds, LocalDate approveBy) {
        Meeting m = staffMeeting(meetingId);
        if (m.minutesSubmittedAt() != null) {
            throw new CouncilException("council.minutes.error.locked");
        }
        if (!store.minutesComplete(meetingId)) {
            throw new CouncilException("council.minutes.error.incomplete");
        }
        if (approveBy == null) {
            throw new CouncilException("council.minutes.approveby.error.required");
        }
        Set<Long> approvers = new LinkedHashSet<>(store.members(m.councilId(), true));
        approvers.addAll(approverMemberIds);
        if (!store.members(m.councilId(), false).containsAll(approvers)) {
            throw new CouncilException("council.error.notfound");
        }
        if (approvers.size() < 2) {
            throw new CouncilException("council.minutes.approvers.error.required");
        }
        store.submitMinutes(meetingId, approvers, approveBy, clock.instant());
        audit.record(staff.actor(), "COUNCIL_MINUTES_SUBMITTED", "council_meeting", String.valueOf(meetingId), null);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Meeting> forStaff(long councilId) {
        councils.requireStaff(councilId);
        return store.meetings(councilId);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Details> detailsForStaff(long meetingId) {
        Optional<Meeting> m = store.meeting(meetingId);
        m.ifPresent(x -> councils.requireStaff(x.councilId()));
        return m.map(store::details);
    }

    /**
     * A document of an agenda item: for the council's staff and members, and for anyone once the
     * meeting's minutes are published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<File> document(long documentId) {
        return store.document(documentId)
                .filter(r -> r.published() || mayReadUnpublished(r.councilId()))
                .map(r -> new File(r.name(), r.content()));
    }

    private boolean mayReadUnpublished(long councilId) {
        Optional<Long> person = CurrentMember.personId();
        if (person.isPresent()) {
            return store.memberId(councilId, person.get()).isPresent();
        }
        try {
            councils.requireStaff(councilId);
            return staff.username().isPresent();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private Meeting staffMeeting(long meetingId) {
        Meeting m = store.meeting(meetingId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        councils.requireStaff(m.councilId());
        return m;
    }
}
