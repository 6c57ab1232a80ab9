package se.medverka.council;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.Meetings.Details;
import se.medverka.council.Meetings.Meeting;
import se.medverka.council.internal.MeetingStore;

/**
 * Meetings as members and the public see them: a member sees the meetings of their own councils
 * and confirms (justerar) minutes they were named to approve; the minutes are published when the
 * last approver confirms, with who and when in the audit trail, and only then readable by anyone.
 */
@Service
@Transactional
public class Minutes {

    private final MeetingStore store;
    private final AuditLog audit;
    private final Clock clock;

    Minutes(MeetingStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meetings of a council the signed-in member belongs to (another council's: refused). */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public List<Meeting> forMember(long councilId) {
        if (memberId(councilId).isEmpty()) {
            throw new AccessDeniedException("not a member of this council");
        }
        return store.meetings(councilId);
    }

    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Details> detailsForMember(long meetingId) {
        return store.meeting(meetingId).filter(m -> memberId(m.councilId()).isPresent()).map(store::details);
    }

    /**
     * The signed-in member confirms the minutes (justerar). When the last approver has confirmed,
     * the minutes are published; both are in the audit trail. Returns whether they are now approved.
     */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    public boolean approve(long meetingId) {
        Meeting m = store.meeting(meetingId).orElseThrow(() -> new CouncilException("council.error.notfound"));
        long member = memberId(m.councilId()).orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (m.minutesSubmittedAt() == null) {
            throw new CouncilException("council.approve.error.notsubmitted");
        }
        if (!store.confirm(meetingId, member, clock.instant())) {
            throw new CouncilException("council.approve.error.notapprover");
        }
        audit.record("rad:" + CurrentMember.require(), "COUNCIL_MINUTES_APPROVED", "council_meeting", String.valueOf(meetingId),
                "member " + member);
        MeetingStore.Publication publication = store.publishIfApproved(meetingId, clock.instant());
        if (publication.published()) {
            audit.record("rad:" + CurrentMember.require(), "COUNCIL_MINUTES_PUBLISHED", "council_meeting",
                    String.valueOf(meetingId), null);
        }
        return publication.approved();
    }

    /** The meetings on the public page: all of them, minutes only once approved. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Meeting> publicMeetings(long councilId) {
        return store.meetings(councilId);
    }

    /** A meeting's approved minutes, publicly; nothing before every approver has confirmed. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Details> publishedMinutes(long meetingId) {
        return store.meeting(meetingId).filter(Meeting::published).map(store::details);
    }

    private Optional<Long> memberId(long councilId) {
        return CurrentMember.personId().flatMap(person -> store.memberId(councilId, person));
    }
}
