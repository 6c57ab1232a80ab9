package se.medverka.dialogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.DialogueEvents.InviteeAdded;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.shared.security.StaffRole;

/**
 * Samråd: a dialogue closed to invited participants, e.g. a minority's consultation group (lag
 * 2009:724). Staff of the committee mark a draft invite-only (optionally for one minority) and
 * invite people by address; each gets a link that opens the dialogue and lets them answer once,
 * without an account. Nobody else sees the dialogue until its feedback is published, and the
 * feedback is mailed to the invitees. While an invitee acts, the invitation is held for that call
 * only ({@link #HELD}), which the dialogue's pages and writes check.
 */
@Service
@Transactional
public class DialogueInvitations {

    /** The dialogue whose invitation the current call holds. */
    public static final ScopedValue<Long> HELD = ScopedValue.newInstance();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Invitee(String email, Language language) {
    }

    public record Status(boolean inviteOnly, Minority minority, int invited, int answered) {
    }

    public record FeedbackMail(String email, Language language, String dialogueTitle, String link) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff staff;
    private final PersonalDataSeal seal;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final Dialogues dialogues;
    private final DialogueAnswers answers;

    DialogueInvitations(JdbcClient jdbc, CurrentStaff staff, PersonalDataSeal seal, ApplicationEventPublisher events,
                        AuditLog audit, Clock clock, Dialogues dialogues, DialogueAnswers answers) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.seal = seal;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.dialogues = dialogues;
        this.answers = answers;
    }

    /** Whether a dialogue is closed to invitees (and not yet opened by its published feedback). */
    public static boolean closedToOthers(JdbcClient jdbc, long dialogueId) {
        boolean closed = jdbc.sql("select invite_only and status <> 'FEEDBACK_GIVEN' from dialogue_dialogue where id = :id")
                .param("id", dialogueId).query(Boolean.class).optional().orElse(false);
        return closed && !(HELD.isBound() && HELD.get() == dialogueId);
    }

    /** Marks a draft invite-only, for a minority or none; refused once published. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void makeInviteOnly(long dialogueId, Minority minority) {
        Head head = head(dialogueId);
        if (!"DRAFT".equals(head.status())) {
            throw new DialogueException("dialogue.samrad.error.published");
        }
        jdbc.sql("update dialogue_dialogue set invite_only = true, minority = :m where id = :id")
                .param("m", minority == null ? null : minority.name(), java.sql.Types.VARCHAR).param("id", dialogueId).update();
        audit.record(staff.actor(), "DIALOGUE_INVITE_ONLY", "dialogue", String.valueOf(dialogueId),
                minority == null ? null : minority.name());
    }

    /** Invites people to an invite-only dialogue; each gets a mail with their own link, in their language. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public int invite(long dialogueId, List<Invitee> invitees) {
        Head head = head(dialogueId);
        if (!head.inviteOnly()) {
            throw new DialogueException("dialogue.samrad.error.notinviteonly");
        }
        if ("CLOSED".equals(head.status()) || "FEEDBACK_GIVEN".equals(head.status())) {
            throw new DialogueException("dialogue.page.error.closed");
        }
        if (invitees.isEmpty()) {
            throw new DialogueException("dialogue.samrad.invitees.error.required");
        }
        for (Invitee i : invitees) {
            if (i.email() == null || i.email().strip().length() > 254 || !EMAIL.matcher(i.email().strip()).matches()) {
                throw new DialogueException("dialogue.page.email.error.invalid");
            }
        }
        for (Invitee i : invitees) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            long id = jdbc.sql("""
                    insert into dialogue_invitation (dialogue_id, token_hash, email_enc, language, invited_at, invited_by)
                    values (:d, :h, '', :l, :at, :by) returning id""")
                    .param("d", dialogueId).param("h", hash(token)).param("l", (i.language() == null ? Language.SV : i.language()).code())
                    .param("at", Timestamp.from(clock.instant())).param("by", staff.actor()).query(Long.class).single();
            jdbc.sql("update dialogue_invitation set email_enc = :e where id = :id")
                    .param("e", seal.seal(i.email().strip(), context(id))).param("id", id).update();
            events.publishEvent(new InviteeAdded(id, token));
        }
        audit.record(staff.actor(), "DIALOGUE_INVITED", "dialogue", String.valueOf(dialogueId), invitees.size() + " invitees");
        return invitees.size();
    }

    /** The samråd facts of a dialogue, for its staff. */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Status status(long dialogueId) {
        Head head = head(dialogueId);
        return jdbc.sql("""
                select count(i.id), count(i.answered_at) from dialogue_invitation i where i.dialogue_id = :d""")
                .param("d", dialogueId)
                .query((rs, n) -> new Status(head.inviteOnly(), head.minority(), rs.getInt(1), rs.getInt(2))).single();
    }

    /** The dialogue an invitation link opens, if the link is valid. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> dialogueOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select dialogue_id from dialogue_invitation where token_hash = :h").param("h", hash(token))
                .query(Long.class).optional();
    }

    /** Whether the invitation has been used to answer. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean answered(String token) {
        return jdbc.sql("select answered_at is not null from dialogue_invitation where token_hash = :h").param("h", hash(token))
                .query(Boolean.class).optional().orElse(false);
    }

    /** The dialogue's page as the invitee sees it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Dialogues.Page> page(String token, Language language) {
        return dialogueOf(token).flatMap(id -> holding(id, () -> dialogues.page(id, language)));
    }

    /** The invitee's answers, once per invitation. */
    @PreAuthorize("permitAll()")
    public long answer(String token, Map<Long, DialogueAnswers.Answer> given, Language language) {
        long dialogueId = dialogueOf(token).orElseThrow(() -> new DialogueException("dialogue.page.error.closed"));
        int marked = jdbc.sql("update dialogue_invitation set answered_at = :at where token_hash = :h and answered_at is null")
                .param("at", Timestamp.from(clock.instant())).param("h", hash(token)).update();
        if (marked == 0) {
            throw new DialogueException("dialogue.samrad.error.answered");
        }
        return holding(dialogueId, () -> answers.answer(dialogueId, given, null, language));
    }

    /** For the notification listener (role SYSTEM): every invitee's address, decrypted, for the feedback mail. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<FeedbackMail> feedbackMails(long dialogueId, String baseUrl) {
        return jdbc.sql("""
                select i.id, i.email_enc, i.language, coalesce(t.title, s.title)
                from dialogue_invitation i
                join dialogue_text s on s.dialogue_id = i.dialogue_id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = i.dialogue_id and t.language = i.language
                where i.dialogue_id = :d order by i.id""").param("d", dialogueId)
                .query((rs, n) -> new FeedbackMail(seal.open(rs.getString(2), context(rs.getLong(1))),
                        Language.fromCode(rs.getString(3)).orElse(Language.SV), rs.getString(4),
                        baseUrl + "/dialog/" + dialogueId + "?lang=" + rs.getString(3)))
                .list();
    }

    /** For the notification listener (role SYSTEM): the invitation mail's facts. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public Optional<FeedbackMail> invitationMail(long invitationId, String token, String baseUrl) {
        return jdbc.sql("""
                select i.email_enc, i.language, coalesce(t.title, s.title), i.dialogue_id
                from dialogue_invitation i
                join dialogue_text s on s.dialogue_id = i.dialogue_id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = i.dialogue_id and t.language = i.language
                where i.id = :id""").param("id", invitationId)
                .query((rs, n) -> new FeedbackMail(seal.open(rs.getString(1), context(invitationId)),
                        Language.fromCode(rs.getString(2)).orElse(Language.SV), rs.getString(3),
                        baseUrl + "/dialog/" + rs.getLong(4) + "?lang=" + rs.getString(2) + "&inbjudan=" + token))
                .optional();
    }

    /**
     * Samråd held per minority: invite-only dialogues of a minority whose feedback was published in
     * {@code [from, to)} (a samråd is held when it has been answered and fed back), for one committee
     * or the whole city ({@code null}). About the city's work, for follow-up and MR-trappan's step 4.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Minority, Integer> heldPerMinority(Long committeeId, java.time.LocalDate from, java.time.LocalDate to) {
        Map<Minority, Integer> counts = new java.util.EnumMap<>(Minority.class);
        for (Minority m : Minority.values()) {
            counts.put(m, 0);
        }
        jdbc.sql("""
                select minority, count(*) from dialogue_dialogue
                where invite_only and minority is not null and feedback_at >= :f and feedback_at < :t
                  and (cast(:c as bigint) is null or committee_id = :c)
                group by minority""")
                .param("f", Timestamp.from(se.medverka.shared.time.CityTime.startOf(from)))
                .param("t", Timestamp.from(se.medverka.shared.time.CityTime.startOf(to)))
                .param("c", committeeId, java.sql.Types.BIGINT)
                .query(rs -> {
                    counts.put(Minority.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private <T> T holding(long dialogueId, Callable<T> work) {
        try {
            return ScopedValue.where(HELD, dialogueId).call(work::call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Head(long committeeId, String status, boolean inviteOnly, Minority minority) {
    }

    private Head head(long dialogueId) {
        Head head = jdbc.sql("select committee_id, status, invite_only, minority from dialogue_dialogue where id = :id")
                .param("id", dialogueId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4) == null ? null : Minority.valueOf(rs.getString(4))))
                .optional().orElseThrow(() -> new DialogueException("dialogue.page.error.closed"));
        if (!staff.mayActFor(StaffRole.HANDLER, head.committeeId())) {
            throw new AccessDeniedException("not your committee's dialogue");
        }
        return head;
    }

    private static String context(long invitationId) {
        return "dialogue_invitation:" + invitationId + ":email";
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
