package se.medverka.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueEvents.ParticipantEmailGiven;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.dialogue.Dialogues.Post;
import se.medverka.dialogue.ModerationMode;
import se.medverka.dialogue.PostStatus;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.text.InputText;
import se.medverka.shared.time.CityTime;

/**
 * The dialogue tables' SQL that more than one use-case service needs: whether a dialogue is open,
 * participants, posts and their counters. No access checks here; the services make them.
 */
@Component
public class DialogueStore {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AbuseLimits limits;

    DialogueStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, AbuseLimits limits) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    /** What the resident-side write services need to know of an open dialogue. */
    public record Open(long committeeId, ModerationMode moderation, boolean allowAnswers, boolean allowProposals,
                       boolean allowComments) {

        /** A resident's new post is public at once, or waits for a moderator under pre-moderation. */
        public PostStatus newPostStatus() {
            return moderation == ModerationMode.PRE ? PostStatus.PENDING : PostStatus.PUBLISHED;
        }
    }

    /** The dialogue, if it is published and today lies within its dates; else a "closed" refusal. */
    public Open open(long dialogueId) {
        LocalDate today = today();
        return jdbc.sql("select * from dialogue_dialogue where id = :id").param("id", dialogueId)
                .query((rs, n) -> isOpen(DialogueStatus.valueOf(rs.getString("status")), rs.getObject("opens_on", LocalDate.class),
                        rs.getObject("closes_on", LocalDate.class), today)
                        ? new Open(rs.getLong("committee_id"), ModerationMode.valueOf(rs.getString("moderation")),
                        rs.getBoolean("allow_answers"), rs.getBoolean("allow_proposals"), rs.getBoolean("allow_comments"))
                        : null)
                .optional()
                .orElseThrow(() -> new DialogueException("dialogue.page.error.closed"));
    }

    /** The dialogue's committee and status, the row locked when {@code forUpdate}; empty when unknown. */
    public Optional<Head> head(long dialogueId, boolean forUpdate) {
        return jdbc.sql("select committee_id, status from dialogue_dialogue where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", dialogueId)
                .query((rs, n) -> new Head(rs.getLong(1), DialogueStatus.valueOf(rs.getString(2))))
                .optional();
    }

    public record Head(long committeeId, DialogueStatus status) {
    }

    /** Whether anyone has answered the dialogue's questions (then they are locked). */
    public boolean hasAnswers(long dialogueId) {
        return jdbc.sql("select exists (select 1 from dialogue_answer where dialogue_id = :id)").param("id", dialogueId)
                .query(Boolean.class).single();
    }

    /** Refuses unless the post is published in a published dialogue (and is a proposal, if asked). */
    public void requireVisiblePost(long postId, boolean proposalOnly) {
        boolean ok = jdbc.sql("select count(*) from dialogue_post p join dialogue_dialogue d on d.id = p.dialogue_id"
                        + " where p.id = :id and p.status = 'PUBLISHED' and d.status = 'PUBLISHED'"
                        + (proposalOnly ? " and p.proposal_id is null" : ""))
                .param("id", postId).query(Long.class).single() == 1;
        if (!ok) {
            throw new DialogueException("dialogue.comment.form.error.notfound");
        }
    }

    /**
     * A new participant of one visit; with an address, a confirmation token too, announced so that
     * the confirmation mail goes out. Refuses an address that cannot be one.
     */
    public long participant(long dialogueId, String email, Language language) {
        return participant(dialogueId, email, language, null);
    }

    /** A participant; {@code channel} is set when staff registered the answers for a resident. */
    public long participant(long dialogueId, String email, Language language, String channel) {
        String address = address(email);
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new DialogueException("dialogue.page.email.error.invalid");
        }
        if (address != null) {
            limits.takeForRecipient(Limit.CONFIRMATION_MAIL, address); // nobody's inbox is flooded from here
        }
        long id = jdbc.sql("""
                insert into dialogue_participant (dialogue_id, language, email, email_token, created_at, channel)
                values (:d, :lang, :email, :token, :now, :channel) returning id""")
                .param("d", dialogueId).param("lang", language.code()).param("email", address)
                .param("channel", channel, java.sql.Types.VARCHAR)
                .param("token", address == null ? null : UUID.randomUUID())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        if (address != null) {
            events.publishEvent(new ParticipantEmailGiven(id));
        }
        return id;
    }

    public long insertPost(long dialogueId, Long proposalId, Long participant, String title, String body,
                           Language language, PostStatus status) {
        return jdbc.sql("""
                insert into dialogue_post (dialogue_id, proposal_id, participant_id, title, body, language, status, created_at)
                values (:d, :p, :part, :title, :body, :lang, :status, :now) returning id""")
                .param("d", dialogueId).param("p", proposalId).param("part", participant).param("title", title)
                .param("body", body).param("lang", language.code()).param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** Moves a proposal's count of visible comments; never below zero. */
    public void countComment(long proposalId, int delta) {
        jdbc.sql("update dialogue_post set comments = greatest(0, comments + :d) where id = :id")
                .param("d", delta).param("id", proposalId).update();
    }

    /**
     * A post as the public may see it: a hidden post keeps its place and the moderator's reason,
     * but its title and text are left out here, in SQL, so no public page can show them.
     */
    public static final String PUBLIC_POST_COLUMNS = """
            id, created_at, status, hidden_reason, supports, comments, official, case_number,
            case when status = 'PUBLISHED' then title end as title,
            case when status = 'PUBLISHED' then body end as body""";

    public static Post toPost(ResultSet rs, int n) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), PostStatus.valueOf(rs.getString("status")),
                rs.getString("hidden_reason"), rs.getInt("supports"), rs.getInt("comments"),
                rs.getBoolean("official"), rs.getString("case_number"));
    }

    /** A choice question's options, stored one a line. */
    public static List<String> options(String lines) {
        return lines == null || lines.isBlank() ? List.of()
                : Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static boolean isOpen(DialogueStatus status, LocalDate opens, LocalDate closes, LocalDate today) {
        return status == DialogueStatus.PUBLISHED && !today.isBefore(opens) && !today.isAfter(closes);
    }

    public LocalDate today() {
        return CityTime.today(clock);
    }

    /**
     * A resident's text as stored: without NUL characters (which PostgreSQL's text cannot hold and no
     * keyboard types) and without surrounding white space.
     */
    public static String plain(String text) {
        return text == null ? "" : text.replace("\u0000", "").strip();
    }

    /** A blank address is no address. */
    public static String address(String email) {
        String a = InputText.blankToNull(email);
        return a == null ? null : a.strip();
    }
}
