package se.medverka.dialogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.shared.i18n.Language;

/**
 * Participants who left an e-mail address: confirming it from the link, and the mails the
 * notification module sends them (the confirmation, then the committee's feedback).
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class DialogueParticipants {

    private final JdbcClient jdbc;
    private final Clock clock;

    DialogueParticipants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A mail to send to one participant, for the notification module. */
    public record MailTo(String email, Language language, String dialogueTitle, String link) {
    }

    /** Confirms an e-mail address from the link in the mail; false for an unknown link. */
    public boolean confirmEmail(String token) {
        UUID uuid;
        try {
            uuid = UUID.fromString(token);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        return jdbc.sql("update dialogue_participant set email_confirmed_at = coalesce(email_confirmed_at, :now)"
                        + " where email_token = :t")
                .param("now", Timestamp.from(clock.instant())).param("t", uuid).update() == 1;
    }

    /** For the notification module: the confirmation mail for a participant's address. */
    @Transactional(readOnly = true)
    public Optional<MailTo> confirmationMail(long participantId, String baseUrl) {
        return jdbc.sql("""
                select p.email, p.language, p.email_token, coalesce(t.title, s.title) title
                from dialogue_participant p
                join dialogue_text s on s.dialogue_id = p.dialogue_id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = p.dialogue_id and t.language = p.language
                where p.id = :id and p.email is not null and p.email_confirmed_at is null""")
                .param("id", participantId)
                .query((rs, n) -> new MailTo(rs.getString(1), Language.fromCode(rs.getString(2)).orElse(Language.SV),
                        rs.getString(4), baseUrl + "/dialog/bekrafta/" + rs.getString(3) + "?lang=" + rs.getString(2)))
                .optional();
    }

    /** For the notification module: every confirmed address of the dialogue once, in its language. */
    @Transactional(readOnly = true)
    public List<MailTo> feedbackMails(long dialogueId, String baseUrl) {
        return jdbc.sql("""
                select distinct on (lower(p.email)) p.email, p.language, coalesce(t.title, s.title) title
                from dialogue_participant p
                join dialogue_text s on s.dialogue_id = p.dialogue_id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = p.dialogue_id and t.language = p.language
                where p.dialogue_id = :id and p.email_confirmed_at is not null and p.email is not null
                order by lower(p.email), p.id desc""")
                .param("id", dialogueId)
                .query((rs, n) -> new MailTo(rs.getString(1), Language.fromCode(rs.getString(2)).orElse(Language.SV),
                        rs.getString(3), baseUrl + "/dialog/" + dialogueId + "?lang=" + rs.getString(2)))
                .list();
    }
}
