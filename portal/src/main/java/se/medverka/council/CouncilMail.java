package se.medverka.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.council.internal.Invitations;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.PersonalDataSeal;

/**
 * What the mails need, with decrypted addresses: for the notification listener only, which calls
 * it through {@code SystemCall} (role {@code SYSTEM}), like the complaint and report mails.
 */
@Service
@Transactional(readOnly = true)
public class CouncilMail {

    /** One person's address and language. */
    public record Addressee(String email, String language) {
    }

    public record MemberInvitation(Addressee to, String councilName, MemberRole role, LocalDate mandateFrom,
                                   LocalDate mandateTo) {
    }

    public record MeetingInvitation(Addressee to, String councilName, Instant startsAt, Instant endsAt, String place,
                                    String link, String agenda, byte[] ics) {
    }

    /** A referral mail to one recipient: its addresses (a council's chairs, a committee's registry, an organisation). */
    public record ReferralMail(List<Addressee> to, String title, String committeeName, LocalDate deadline,
                               String caseNumber) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;
    private final RoutingRegister register;
    private final se.medverka.council.internal.ReferralStore referralStore;

    CouncilMail(JdbcClient jdbc, PersonalDataSeal seal, RoutingRegister register,
                se.medverka.council.internal.ReferralStore referralStore) {
        this.referralStore = referralStore;
        this.jdbc = jdbc;
        this.seal = seal;
        this.register = register;
    }

    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<Addressee> person(long personId) {
        // An erased address (a former member, after the retention) is nobody to mail.
        return jdbc.sql("select email_enc, language from council_person where id = :id and email_enc <> ''").param("id", personId)
                .query((rs, n) -> new Addressee(seal.open(rs.getString(1), Councils.addressContext(personId)), rs.getString(2)))
                .optional();
    }

    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<MemberInvitation> memberInvitation(long memberId) {
        return jdbc.sql("""
                select m.person_id, coalesce(l.name, s.name), m.role, m.mandate_from, m.mandate_to
                from council_member m join council_person p on p.id = m.person_id
                join council_name s on s.council_id = m.council_id and s.language = 'sv'
                left join council_name l on l.council_id = m.council_id and l.language = p.language
                where m.id = :id""").param("id", memberId)
                .query((rs, n) -> {
                    String council = rs.getString(2);
                    MemberRole role = MemberRole.valueOf(rs.getString(3));
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    LocalDate to = rs.getObject(5, LocalDate.class);
                    return person(rs.getLong(1)).map(a -> new MemberInvitation(a, council, role, from, to));
                })
                .optional().flatMap(x -> x);
    }

    /** One invitation per member, each with the council's name in the member's language and the iCalendar file. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<MeetingInvitation> meetingInvitations(long meetingId) {
        String agenda = jdbc.sql("select number, title from council_agenda_item where meeting_id = :m order by number")
                .param("m", meetingId).query((rs, n) -> "§ " + rs.getInt(1) + " " + rs.getString(2)).list()
                .stream().collect(Collectors.joining("\n"));
        return jdbc.sql("""
                select cm.person_id, coalesce(l.name, s.name), m.starts_at, m.ends_at, m.place, m.link, m.id
                from council_meeting m join council_member cm on cm.council_id = m.council_id
                join council_person p on p.id = cm.person_id
                join council_name s on s.council_id = m.council_id and s.language = 'sv'
                left join council_name l on l.council_id = m.council_id and l.language = p.language
                where m.id = :m order by cm.id""").param("m", meetingId)
                .query((rs, n) -> {
                    Instant start = rs.getTimestamp(3).toInstant();
                    Instant end = rs.getTimestamp(4).toInstant();
                    byte[] ics = Invitations.ics("council-meeting-" + rs.getLong(7) + "@medverka", rs.getString(2), start, end,
                            rs.getString(5), rs.getString(6), agenda);
                    String council = rs.getString(2);
                    String place = rs.getString(5);
                    String link = rs.getString(6);
                    return person(rs.getLong(1)).map(to -> new MeetingInvitation(to, council, start, end, place, link, agenda, ics));
                }).list().stream().flatMap(java.util.Optional::stream).toList();
    }

    /**
     * The addresses of a referral recipient: a council's chairs (all its members if it has none), a
     * committee's registry mailbox, an organisation's sealed address.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<ReferralMail> referral(long recipientId) {
        record Row(Long councilId, Long committeeId, String orgEmail, String language, String title, long sender,
                   LocalDate deadline, String caseNumber) { }
        return jdbc.sql("""
                select r.council_id, r.committee_id, r.organisation_email_enc, r.language, f.title, f.committee_id,
                       r.deadline, r.case_number
                from council_referral_recipient r join council_referral f on f.id = r.referral_id where r.id = :id""")
                .param("id", recipientId)
                .query((rs, n) -> new Row((Long) rs.getObject(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getString(8)))
                .optional()
                .map(r -> {
                    List<Addressee> to;
                    if (r.councilId() != null) {
                        List<Long> people = jdbc.sql("""
                                select person_id from council_member where council_id = :c
                                and (role = 'CHAIR' or not exists (select 1 from council_member x where x.council_id = :c and x.role = 'CHAIR'))
                                order by id""").param("c", r.councilId()).query(Long.class).list();
                        to = people.stream().map(this::person).flatMap(Optional::stream).toList();
                    } else if (r.committeeId() != null) {
                        to = register.committee(r.committeeId()).map(c -> List.of(new Addressee(c.registryMailbox(), "sv")))
                                .orElse(List.of());
                    } else {
                        to = List.of(new Addressee(referralStore.organisationEmail(recipientId, r.orgEmail()), r.language()));
                    }
                    String sender = register.committee(r.sender()).map(c -> c.name()).orElse("");
                    return new ReferralMail(to, r.title(), sender, r.deadline(), r.caseNumber());
                });
    }
}
