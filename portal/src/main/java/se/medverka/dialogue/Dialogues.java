package se.medverka.dialogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.DialogueEvents.ParticipantEmailGiven;
import se.medverka.shared.security.RateLimiter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;

/**
 * The residents' side of dialogues: read, answer, propose, comment, support and report, all
 * without an account. Open to anyone; every method checks that the dialogue is published and open
 * for what is asked, and stores all or nothing.
 */
@Service
@Transactional
public class Dialogues {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 1000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final Cases cases;
    private final RoutingRegister register;
    private final ApplicationEventPublisher events;
    private static final Duration ACTION_WINDOW = Duration.ofMinutes(10);

    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;

    Dialogues(JdbcClient jdbc, Cases cases, RoutingRegister register, ApplicationEventPublisher events,
              AuditLog audit, Clock clock,
              @Value("${medverka.dialogue.actions-per-ip:60}") int actionsPerIp) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.register = register;
        this.events = events;
        // Supports and reports per address in a sliding window, so that one machine cannot push a
        // proposal up or down.
        this.limiter = new RateLimiter(actionsPerIp, ACTION_WINDOW, clock);
        this.audit = audit;
        this.clock = clock;
    }

    /** A dialogue in the list. {@code translated} is false when the texts fell back to Swedish. */
    public record Card(long id, String title, String summary, DialogueStatus status, LocalDate opensOn,
                       LocalDate closesOn, boolean open, boolean translated) {
    }

    public record Question(long id, QuestionKind kind, String text, List<String> options) {
    }

    /** A dialogue's public page, in the asked language where it has texts, else in Swedish. */
    public record Page(long id, long committeeId, String committeeName, DialogueStatus status, boolean open,
                       boolean translated, String title, String summary, String body, String feedback,
                       Instant feedbackAt, LocalDate opensOn, LocalDate closesOn, boolean allowAnswers,
                       boolean allowProposals, boolean allowComments, ModerationMode moderation,
                       List<String> districtCodes, List<String> actionPlans, List<String> focusAreas,
                       List<Question> questions, long proposalCount) {
    }

    public record Post(long id, String title, String body, Instant createdAt, PostStatus status, String hiddenReason,
                       int supports, int comments, boolean official, String caseNumber) {
    }

    /** One question's answer: free text, the chosen options' numbers, or the scale's value. */
    public record Answer(String text, Set<Integer> choices, Integer scale) {
    }

    public record Receipt(long postId, String caseNumber, boolean pending) {
    }

    public enum Order { NEWEST, MOST_SUPPORTED }

    /** A mail to send to one participant, for the notification module. */
    public record MailTo(String email, Language language, String dialogueTitle, String link) {
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Card> list(Language language, String districtCode, String actionPlan) {
        LocalDate today = today();
        return jdbc.sql("""
                select d.id, d.status, d.opens_on, d.closes_on, coalesce(t.title, s.title) title,
                       coalesce(t.summary, s.summary) summary, t.dialogue_id is not null translated
                from dialogue_dialogue d
                join dialogue_text s on s.dialogue_id = d.id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = d.id and t.language = :lang
                where d.status <> 'DRAFT'
                  and (cast(:district as text) is null or not exists (select 1 from dialogue_district x where x.dialogue_id = d.id)
                       or exists (select 1 from dialogue_district x where x.dialogue_id = d.id and x.district_code = :district))
                  and (cast(:plan as text) is null
                       or exists (select 1 from dialogue_action_plan p where p.dialogue_id = d.id and p.code = :plan))
                order by case when d.status = 'PUBLISHED' then 0 else 1 end, d.closes_on desc, d.id desc
                limit 200""")
                .param("lang", language.code())
                .param("district", blankToNull(districtCode))
                .param("plan", blankToNull(actionPlan))
                .query((rs, n) -> {
                    DialogueStatus status = DialogueStatus.valueOf(rs.getString("status"));
                    LocalDate opens = rs.getObject("opens_on", LocalDate.class);
                    LocalDate closes = rs.getObject("closes_on", LocalDate.class);
                    return new Card(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), status, opens, closes,
                            isOpen(status, opens, closes, today), language == Language.SV || rs.getBoolean("translated"));
                }).list();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Page> page(long dialogueId, Language language) {
        LocalDate today = today();
        Optional<Page> found = jdbc.sql("""
                select d.*, coalesce(t.title, s.title) title, coalesce(t.summary, s.summary) summary,
                       coalesce(t.body, s.body) body, coalesce(t.feedback, s.feedback) feedback,
                       t.dialogue_id is not null translated,
                       array(select district_code from dialogue_district x where x.dialogue_id = d.id order by 1) districts,
                       array(select code from dialogue_action_plan x where x.dialogue_id = d.id order by 1) plans,
                       array(select code from dialogue_focus_area x where x.dialogue_id = d.id order by 1) areas,
                       (select count(*) from dialogue_post p where p.dialogue_id = d.id and p.proposal_id is null
                           and p.status <> 'PENDING') proposals
                from dialogue_dialogue d
                join dialogue_text s on s.dialogue_id = d.id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = d.id and t.language = :lang
                where d.id = :id and d.status <> 'DRAFT'""")
                .param("id", dialogueId)
                .param("lang", language.code())
                .query((rs, n) -> {
                    DialogueStatus status = DialogueStatus.valueOf(rs.getString("status"));
                    LocalDate opens = rs.getObject("opens_on", LocalDate.class);
                    LocalDate closes = rs.getObject("closes_on", LocalDate.class);
                    Timestamp feedbackAt = rs.getTimestamp("feedback_at");
                    return new Page(dialogueId, rs.getLong("committee_id"), null, status, isOpen(status, opens, closes, today),
                            language == Language.SV || rs.getBoolean("translated"), rs.getString("title"),
                            rs.getString("summary"), rs.getString("body"),
                            status == DialogueStatus.FEEDBACK_GIVEN ? rs.getString("feedback") : null,
                            feedbackAt == null ? null : feedbackAt.toInstant(), opens, closes,
                            rs.getBoolean("allow_answers"), rs.getBoolean("allow_proposals"), rs.getBoolean("allow_comments"),
                            ModerationMode.valueOf(rs.getString("moderation")), strings(rs.getArray("districts")),
                            strings(rs.getArray("plans")), strings(rs.getArray("areas")), List.of(), rs.getLong("proposals"));
                }).optional();
        return found.map(p -> new Page(p.id(), p.committeeId(),
                register.committee(p.committeeId()).map(c -> c.name()).orElse(""), p.status(), p.open(), p.translated(),
                p.title(), p.summary(), p.body(), p.feedback(), p.feedbackAt(), p.opensOn(), p.closesOn(), p.allowAnswers(),
                p.allowProposals(), p.allowComments(), p.moderation(), p.districtCodes(), p.actionPlans(), p.focusAreas(),
                questions(dialogueId, language), p.proposalCount()));
    }

    /** A page of the public proposals; pending ones are not shown, hidden ones only as a notice. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Post> proposals(long dialogueId, Order order, int offset, int limit) {
        String sort = order == Order.MOST_SUPPORTED ? "supports desc, id desc" : "id desc";
        return jdbc.sql("select * from dialogue_post where dialogue_id = :id and proposal_id is null"
                        + " and status <> 'PENDING' order by " + sort + " offset :offset limit :limit")
                .param("id", dialogueId)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query(Dialogues::toPost).list();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Post> comments(long proposalId) {
        return jdbc.sql("select * from dialogue_post where proposal_id = :id and status <> 'PENDING' order by id limit 500")
                .param("id", proposalId).query(Dialogues::toPost).list();
    }

    /** Stores one visit's answers; the e-mail, if given, gets a confirmation link. */
    @PreAuthorize("permitAll()")
    public long answer(long dialogueId, Map<Long, Answer> answers, String email, Language language) {
        Open d = open(dialogueId);
        if (!d.allowAnswers()) {
            throw new DialogueException("dialogue.page.answers.error.closed");
        }
        Map<Long, QuestionKind> kinds = new LinkedHashMap<>();
        Map<Long, Integer> optionCounts = new LinkedHashMap<>();
        jdbc.sql("""
                select q.id, q.kind, t.options from dialogue_question q
                join dialogue_question_text t on t.question_id = q.id and t.language = 'sv'
                where q.dialogue_id = :id""").param("id", dialogueId).query(rs -> {
            kinds.put(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)));
            optionCounts.put(rs.getLong(1), options(rs.getString(3)).size());
        });
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, Answer> e : answers.entrySet()) {
            QuestionKind kind = kinds.get(e.getKey());
            Answer a = e.getValue();
            if (kind == null) {
                throw new DialogueException("dialogue.page.answers.error.invalid");
            }
            switch (kind) {
                case FREE_TEXT -> {
                    String text = plain(a.text());
                    if (text.length() > MAX_TEXT) {
                        throw new DialogueException("dialogue.page.answers.error.long");
                    }
                    if (!text.isEmpty()) {
                        rows.add(new Object[] {e.getKey(), null, null, text});
                    }
                }
                case SCALE -> {
                    if (a.scale() != null) {
                        if (a.scale() < 1 || a.scale() > 5) {
                            throw new DialogueException("dialogue.page.answers.error.invalid");
                        }
                        rows.add(new Object[] {e.getKey(), null, a.scale(), null});
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    Set<Integer> chosen = a.choices() == null ? Set.of() : a.choices();
                    if (kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                        throw new DialogueException("dialogue.page.answers.error.invalid");
                    }
                    for (Integer c : chosen) {
                        if (c == null || c < 0 || c >= optionCounts.get(e.getKey())) {
                            throw new DialogueException("dialogue.page.answers.error.invalid");
                        }
                        rows.add(new Object[] {e.getKey(), c, null, null});
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new DialogueException("dialogue.page.answers.error.empty");
        }
        long participant = participant(dialogueId, email, language);
        Timestamp now = Timestamp.from(clock.instant());
        for (Object[] r : rows) {
            jdbc.sql("""
                    insert into dialogue_answer (dialogue_id, question_id, participant_id, choice, scale, free_text, language, created_at)
                    values (:d, :q, :p, :c, :s, :t, :lang, :now)""")
                    .param("d", dialogueId).param("q", r[0]).param("p", participant).param("c", r[1])
                    .param("s", r[2]).param("t", r[3]).param("lang", language.code()).param("now", now).update();
        }
        return participant;
    }

    /** A proposal: stored, opened as a case for the dialogue's committee, public now or after approval. */
    @PreAuthorize("permitAll()")
    public Receipt propose(long dialogueId, String title, String body, String email, Language language) {
        Open d = open(dialogueId);
        if (!d.allowProposals()) {
            throw new DialogueException("dialogue.proposal.form.error.closed");
        }
        String t = plain(title);
        String b = plain(body);
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new DialogueException("dialogue.proposal.title.error.required");
        }
        if (b.isEmpty() || b.length() > MAX_TEXT) {
            throw new DialogueException("dialogue.proposal.body.error.required");
        }
        Long participant = blankToNull(email) == null ? null : participant(dialogueId, email, language);
        PostStatus status = d.moderation() == ModerationMode.PRE ? PostStatus.PENDING : PostStatus.PUBLISHED;
        long id = insertPost(dialogueId, null, participant, t, b, language, status);
        CaseRef ref = cases.open(new NewCase(CaseKind.DIALOGUE_PROPOSAL, "dialogue-post-" + id, null, null,
                d.committeeId(), language.code()));
        jdbc.sql("update dialogue_post set case_id = :c, case_number = :n where id = :id")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("id", id).update();
        return new Receipt(id, ref.caseNumber(), status == PostStatus.PENDING);
    }

    @PreAuthorize("permitAll()")
    public Receipt comment(long proposalId, String body, String email, Language language) {
        long dialogueId = jdbc.sql("select dialogue_id from dialogue_post where id = :id and proposal_id is null and status = 'PUBLISHED'")
                .param("id", proposalId).query(Long.class).optional()
                .orElseThrow(() -> new DialogueException("dialogue.comment.form.error.notfound"));
        Open d = open(dialogueId);
        if (!d.allowComments()) {
            throw new DialogueException("dialogue.comment.form.error.closed");
        }
        String b = plain(body);
        if (b.isEmpty() || b.length() > MAX_TEXT) {
            throw new DialogueException("dialogue.comment.body.error.required");
        }
        Long participant = blankToNull(email) == null ? null : participant(dialogueId, email, language);
        PostStatus status = d.moderation() == ModerationMode.PRE ? PostStatus.PENDING : PostStatus.PUBLISHED;
        long id = insertPost(dialogueId, proposalId, participant, null, b, language, status);
        if (status == PostStatus.PUBLISHED) {
            countComment(proposalId, 1);
        }
        return new Receipt(id, null, status == PostStatus.PENDING);
    }

    /** "I agree": once per browser session and within the address's limit; returns the new count. */
    @PreAuthorize("permitAll()")
    public int support(long proposalId, String sessionKey, String ip) {
        visiblePost(proposalId, true);
        if (!limiter.tryHit(ip == null ? "?" : ip)) {
            throw new DialogueException("dialogue.proposal.support.error.limit");
        }
        int added = jdbc.sql("""
                insert into dialogue_support (post_id, session_key, created_at) values (:p, :s, :now)
                on conflict do nothing""")
                .param("p", proposalId).param("s", sessionKey).param("now", Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new DialogueException("dialogue.proposal.support.error.twice");
        }
        return jdbc.sql("update dialogue_post set supports = supports + 1 where id = :id returning supports")
                .param("id", proposalId).query(Integer.class).single();
    }

    /**
     * Reports a post as inappropriate. Once per session; under post-moderation the post is hidden
     * automatically when the dialogue's threshold of reports is reached, until a moderator decides.
     */
    @PreAuthorize("permitAll()")
    public void flag(long postId, String reason, String sessionKey, String ip) {
        String why = plain(reason);
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new DialogueException("dialogue.flag.reason.error.required");
        }
        visiblePost(postId, false);
        if (!limiter.tryHit(ip == null ? "?" : ip)) {
            throw new DialogueException("dialogue.proposal.support.error.limit");
        }
        try {
            jdbc.sql("insert into dialogue_flag (post_id, session_key, reason, created_at) values (:p, :s, :r, :now)")
                    .param("p", postId).param("s", sessionKey).param("r", why)
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new DialogueException("dialogue.flag.form.error.twice");
        }
        var row = jdbc.sql("""
                update dialogue_post p set flags = flags + 1 from dialogue_dialogue d
                where p.id = :id and d.id = p.dialogue_id
                returning p.flags, d.flag_threshold, d.moderation, p.status, p.proposal_id""")
                .param("id", postId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class)}).single();
        if ((int) row[0] >= (int) row[1] && "POST".equals(row[2]) && "PUBLISHED".equals(row[3])) {
            jdbc.sql("update dialogue_post set status = 'HIDDEN', hidden_reason = null, moderated_at = :now,"
                            + " moderated_by = 'system' where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", postId).update();
            if (row[4] != null) {
                countComment((Long) row[4], -1);
            }
            audit.record("system", "DIALOGUE_POST_AUTOHIDDEN", "dialogue_post", String.valueOf(postId),
                    row[0] + " reports");
        }
    }

    /** Confirms an e-mail address from the link in the mail; false for an unknown link. */
    @PreAuthorize("permitAll()")
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
    @PreAuthorize("permitAll()")
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
    @PreAuthorize("permitAll()")
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

    // --- shared with the other services of the module ---

    static Post toPost(ResultSet rs, int n) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), PostStatus.valueOf(rs.getString("status")),
                rs.getString("hidden_reason"), rs.getInt("supports"), rs.getInt("comments"),
                rs.getBoolean("official"), rs.getString("case_number"));
    }

    static List<String> options(String lines) {
        return lines == null || lines.isBlank() ? List.of()
                : Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<Question> questions(long dialogueId, Language language) {
        return jdbc.sql("""
                select q.id, q.kind, coalesce(t.text, s.text) text, coalesce(nullif(t.options, ''), s.options) options
                from dialogue_question q
                join dialogue_question_text s on s.question_id = q.id and s.language = 'sv'
                left join dialogue_question_text t on t.question_id = q.id and t.language = :lang
                where q.dialogue_id = :id order by q.position""")
                .param("id", dialogueId).param("lang", language.code())
                .query((rs, n) -> new Question(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)), rs.getString(3),
                        options(rs.getString(4))))
                .list();
    }

    private record Open(long committeeId, ModerationMode moderation, boolean allowAnswers, boolean allowProposals,
                        boolean allowComments) {
    }

    private Open open(long dialogueId) {
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

    private void visiblePost(long postId, boolean proposalOnly) {
        boolean ok = jdbc.sql("select count(*) from dialogue_post p join dialogue_dialogue d on d.id = p.dialogue_id"
                        + " where p.id = :id and p.status = 'PUBLISHED' and d.status = 'PUBLISHED'"
                        + (proposalOnly ? " and p.proposal_id is null" : ""))
                .param("id", postId).query(Long.class).single() == 1;
        if (!ok) {
            throw new DialogueException("dialogue.comment.form.error.notfound");
        }
    }

    private long participant(long dialogueId, String email, Language language) {
        String address = blankToNull(email);
        if (address != null) {
            address = address.strip();
            if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                throw new DialogueException("dialogue.page.email.error.invalid");
            }
        }
        long id = jdbc.sql("""
                insert into dialogue_participant (dialogue_id, language, email, email_token, created_at)
                values (:d, :lang, :email, :token, :now) returning id""")
                .param("d", dialogueId).param("lang", language.code()).param("email", address)
                .param("token", address == null ? null : UUID.randomUUID())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        if (address != null) {
            events.publishEvent(new ParticipantEmailGiven(id));
        }
        return id;
    }

    private long insertPost(long dialogueId, Long proposalId, Long participant, String title, String body,
                            Language language, PostStatus status) {
        return jdbc.sql("""
                insert into dialogue_post (dialogue_id, proposal_id, participant_id, title, body, language, status, created_at)
                values (:d, :p, :part, :title, :body, :lang, :status, :now) returning id""")
                .param("d", dialogueId).param("p", proposalId).param("part", participant).param("title", title)
                .param("body", body).param("lang", language.code()).param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    private void countComment(long proposalId, int delta) {
        jdbc.sql("update dialogue_post set comments = greatest(0, comments + :d) where id = :id")
                .param("d", delta).param("id", proposalId).update();
    }

    static boolean isOpen(DialogueStatus status, LocalDate opens, LocalDate closes, LocalDate today) {
        return status == DialogueStatus.PUBLISHED && !today.isBefore(opens) && !today.isAfter(closes);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * A resident's text as stored: without NUL characters (which PostgreSQL's text cannot hold and no
     * keyboard types) and without surrounding white space.
     */
    static String plain(String text) {
        return text == null ? "" : text.replace("\u0000", "").strip();
    }
}
