package se.medverka.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.MemberInvited;
import se.medverka.council.internal.AddressHash;
import se.medverka.council.internal.Tokens;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Councils and their members. Staff (handlers of the council's committee, administrators) create
 * councils and invite members; anyone reads the public page (names, organisations, roles and
 * mandates — never addresses); a signed-in member sees only the councils they belong to.
 */
@Service
@Transactional
public class Councils {

    static final int MAX_NAME = 200;
    /** How long the sign-in link in an invitation lasts: the member may read the mail days later. */
    static final Duration INVITATION_LINK = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record NewCouncil(CouncilKind kind, long committeeId, Map<Language, String> names) {
    }

    public record NewMember(String name, String organisation, MemberRole role, LocalDate mandateFrom,
                            LocalDate mandateTo, String email, Language language) {
    }

    public record CouncilSummary(long id, String name, CouncilKind kind, long committeeId, String committeeName) {
    }

    public record Member(long id, String name, String organisation, MemberRole role, LocalDate mandateFrom,
                         LocalDate mandateTo, String language) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff staff;
    private final RoutingRegister register;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataSeal seal;
    private final AddressHash addressHash;

    Councils(JdbcClient jdbc, CurrentStaff staff, RoutingRegister register, AuditLog audit,
             ApplicationEventPublisher events, Clock clock, PersonalDataSeal seal, AddressHash addressHash) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.seal = seal;
        this.addressHash = addressHash;
    }

    /** Creates a council run by a committee the person handles for; a Swedish name is required. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long create(NewCouncil c) {
        if (c.kind() == null) {
            throw new CouncilException("council.edit.kind.error.required");
        }
        if (!staff.mayActFor(StaffRole.HANDLER, c.committeeId()) || register.committee(c.committeeId()).isEmpty()) {
            throw new CouncilException("council.edit.committee.error.notyours");
        }
        Map<Language, String> names = new LinkedHashMap<>();
        c.names().forEach((language, name) -> {
            String n = strip(name);
            if (n != null) {
                if (n.length() > MAX_NAME) {
                    throw new CouncilException("council.edit.name.error.long");
                }
                names.put(language, n);
            }
        });
        if (!names.containsKey(Language.SV)) {
            throw new CouncilException("council.edit.name.error.required");
        }
        long id = jdbc.sql("""
                insert into council (kind, committee_id, created_at, created_by) values (:k, :c, :at, :by) returning id""")
                .param("k", c.kind().name()).param("c", c.committeeId()).param("at", Timestamp.from(clock.instant()))
                .param("by", staff.actor()).query(Long.class).single();
        names.forEach((language, name) -> jdbc.sql("insert into council_name (council_id, language, name) values (:id, :l, :n)")
                .param("id", id).param("l", language.code()).param("n", name).update());
        audit.record(staff.actor(), "COUNCIL_CREATED", "council", String.valueOf(id), c.kind().name());
        return id;
    }

    /** The councils the person works with: their committees' councils (administrators: all). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CouncilSummary> forStaff(Language language) {
        return summaries(language).stream().filter(c -> staff.mayActFor(StaffRole.HANDLER, c.committeeId())).toList();
    }

    /** One council for its staff; another committee's is not found. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CouncilSummary> forStaff(long councilId, Language language) {
        return find(councilId, language).filter(c -> staff.mayActFor(StaffRole.HANDLER, c.committeeId()));
    }

    /**
     * Adds a member and mails the invitation with a sign-in link in the member's language. The
     * address is sealed; the same address in several councils is one person with one sign-in.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long invite(long councilId, NewMember m) {
        requireStaff(councilId);
        String name = strip(m.name());
        String organisation = strip(m.organisation());
        String email = strip(m.email());
        if (name == null) {
            throw new CouncilException("council.member.name.error.required");
        }
        if (name.length() > MAX_NAME || organisation != null && organisation.length() > MAX_NAME) {
            throw new CouncilException("council.member.name.error.long");
        }
        if (m.role() == null) {
            throw new CouncilException("council.member.role.error.required");
        }
        if (m.mandateFrom() == null || m.mandateTo() == null) {
            throw new CouncilException("council.member.mandate.error.required");
        }
        if (m.mandateTo().isBefore(m.mandateFrom())) {
            throw new CouncilException("council.member.mandate.error.order");
        }
        if (!validEmail(email)) {
            throw new CouncilException("council.member.email.error.invalid");
        }
        Language language = m.language() == null ? Language.SV : m.language();
        long personId = person(email, language);
        boolean already = jdbc.sql("select count(*) > 0 from council_member where council_id = :c and person_id = :p")
                .param("c", councilId).param("p", personId).query(Boolean.class).single();
        if (already) {
            throw new CouncilException("council.member.email.error.duplicate");
        }
        long id = jdbc.sql("""
                insert into council_member (council_id, person_id, name, organisation, role, mandate_from, mandate_to, invited_at, invited_by)
                values (:c, :p, :n, :o, :r, :f, :t, :at, :by) returning id""")
                .param("c", councilId).param("p", personId).param("n", name).param("o", organisation, java.sql.Types.VARCHAR)
                .param("r", m.role().name()).param("f", m.mandateFrom()).param("t", m.mandateTo())
                .param("at", Timestamp.from(clock.instant())).param("by", staff.actor())
                .query(Long.class).single();
        String token = Tokens.create();
        jdbc.sql("insert into council_sign_in (token_hash, person_id, expires_at) values (:h, :p, :e)")
                .param("h", Tokens.hash(token)).param("p", personId)
                .param("e", Timestamp.from(clock.instant().plus(INVITATION_LINK))).update();
        audit.record(staff.actor(), "COUNCIL_MEMBER_INVITED", "council", String.valueOf(councilId), m.role().name());
        events.publishEvent(new MemberInvited(id, token));
        return id;
    }

    /** The members of a council for its staff. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> members(long councilId) {
        requireStaff(councilId);
        return memberRows(councilId, false);
    }

    /** Every council, for the public list. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CouncilSummary> list(Language language) {
        return summaries(language);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CouncilSummary> find(long councilId, Language language) {
        return summaries(language, councilId).stream().findFirst();
    }

    /** The members with a current mandate, for the public page: names, organisations, roles, mandates. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Member> currentMembers(long councilId) {
        return memberRows(councilId, true);
    }

    /** The councils of the signed-in member, and no other. */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public List<CouncilSummary> mine(Language language) {
        long person = CurrentMember.require();
        List<Long> ids = jdbc.sql("select council_id from council_member where person_id = :p")
                .param("p", person).query(Long.class).list();
        return summaries(language).stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** The signed-in member's language, for the pages and mails they get. */
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Transactional(readOnly = true)
    public Language myLanguage() {
        return jdbc.sql("select language from council_person where id = :p").param("p", CurrentMember.require())
                .query(String.class).optional().flatMap(Language::fromCode).orElse(Language.SV);
    }

    private long person(String email, Language language) {
        String hash = addressHash.of(email);
        Optional<Long> existing = jdbc.sql("select id from council_person where email_hash = :h").param("h", hash)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("""
                insert into council_person (email_hash, email_enc, language, created_at) values (:h, '', :l, :at) returning id""")
                .param("h", hash).param("l", language.code()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("update council_person set email_enc = :e where id = :id")
                .param("e", seal.seal(email.strip(), addressContext(id))).param("id", id).update();
        return id;
    }

    /** Binds a sealed address to its person. */
    static String addressContext(long personId) {
        return "council_person:" + personId + ":email";
    }

    void requireStaff(long councilId) {
        long committee = jdbc.sql("select committee_id from council where id = :id").param("id", councilId)
                .query(Long.class).optional().orElseThrow(() -> new CouncilException("council.error.notfound"));
        if (!staff.mayActFor(StaffRole.HANDLER, committee)) {
            throw new AccessDeniedException("not your committee's council");
        }
    }

    private List<Member> memberRows(long councilId, boolean currentOnly) {
        LocalDate today = CityTime.today(clock);
        return jdbc.sql("""
                select m.id, m.name, m.organisation, m.role, m.mandate_from, m.mandate_to, p.language
                from council_member m join council_person p on p.id = m.person_id
                where m.council_id = :c and (not :current or (m.mandate_from <= :today and m.mandate_to >= :today))
                order by case m.role when 'CHAIR' then 0 when 'MEMBER' then 1 when 'EXPERT' then 2 else 3 end, m.name""")
                .param("c", councilId).param("current", currentOnly).param("today", today)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), MemberRole.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    private List<CouncilSummary> summaries(Language language) {
        return summaries(language, null);
    }

    private List<CouncilSummary> summaries(Language language, Long only) {
        return jdbc.sql("""
                select c.id, coalesce(l.name, s.name), c.kind, c.committee_id, rc.name
                from council c
                join council_name s on s.council_id = c.id and s.language = 'sv'
                left join council_name l on l.council_id = c.id and l.language = :lang
                join routing_committee rc on rc.id = c.committee_id
                where (cast(:only as bigint) is null or c.id = :only)
                order by coalesce(l.name, s.name)""")
                .param("lang", language.code()).param("only", only, java.sql.Types.BIGINT)
                .query((rs, n) -> new CouncilSummary(rs.getLong(1), rs.getString(2), CouncilKind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getString(5)))
                .list();
    }

    /** An address to mail (stripped): something@domain.tld, at most 254 characters. */
    static boolean validEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
