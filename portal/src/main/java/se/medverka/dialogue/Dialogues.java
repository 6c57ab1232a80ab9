package se.medverka.dialogue;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.text.InputText;
import se.medverka.shared.time.CityTime;

/**
 * Reading dialogues, as residents do: the list, one dialogue's page with its questions, and the
 * public proposals and comments. Open to anyone. Writing is elsewhere, one service per use case:
 * {@link DialogueAnswers}, {@link DialogueProposals}, {@link DialogueReactions},
 * {@link DialogueParticipants}; staff use {@link DialogueAdmin}, {@link DialogueResults},
 * {@link Moderation}; follow-up reads {@link DialogueFigures}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class Dialogues {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final RoutingRegister register;
    private final Clock clock;

    Dialogues(JdbcClient jdbc, RoutingRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
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

    public enum Order {
        NEWEST("dialogue.page.order.newest.label"),
        MOST_SUPPORTED("dialogue.page.order.most_supported.label");

        private final String labelKey;

        Order(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    public List<Card> list(Language language, String districtCode, String actionPlan) {
        LocalDate today = CityTime.today(clock);
        return jdbc.sql("""
                select d.id, d.status, d.opens_on, d.closes_on, coalesce(t.title, s.title) title,
                       coalesce(t.summary, s.summary) summary, t.dialogue_id is not null translated
                from dialogue_dialogue d
                join dialogue_text s on s.dialogue_id = d.id and s.language = 'sv'
                left join dialogue_text t on t.dialogue_id = d.id and t.language = :lang
                where d.status <> 'DRAFT' and (not d.invite_only or d.status = 'FEEDBACK_GIVEN')
                  and (cast(:district as text) is null or not exists (select 1 from dialogue_district x where x.dialogue_id = d.id)
                       or exists (select 1 from dialogue_district x where x.dialogue_id = d.id and x.district_code = :district))
                  and (cast(:plan as text) is null
                       or exists (select 1 from dialogue_action_plan p where p.dialogue_id = d.id and p.code = :plan))
                order by case when d.status = 'PUBLISHED' then 0 else 1 end, d.closes_on desc, d.id desc
                limit 200""")
                .param("lang", language.code())
                .param("district", InputText.blankToNull(districtCode))
                .param("plan", InputText.blankToNull(actionPlan))
                .query((rs, n) -> {
                    DialogueStatus status = DialogueStatus.valueOf(rs.getString("status"));
                    LocalDate opens = rs.getObject("opens_on", LocalDate.class);
                    LocalDate closes = rs.getObject("closes_on", LocalDate.class);
                    return new Card(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), status, opens, closes,
                            DialogueStore.isOpen(status, opens, closes, today), language == Language.SV || rs.getBoolean("translated"));
                }).list();
    }

    public Optional<Page> page(long dialogueId, Language language) {
        LocalDate today = CityTime.today(clock);
        // A samråd is seen by its invitees only (the invitation held for the call), until its feedback is published.
        boolean invited = DialogueInvitations.HELD.isBound() && DialogueInvitations.HELD.get() == dialogueId;
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
                where d.id = :id and d.status <> 'DRAFT' and (not d.invite_only or d.status = 'FEEDBACK_GIVEN' or :invited)""")
                .param("id", dialogueId)
                .param("invited", invited)
                .param("lang", language.code())
                .query((rs, n) -> {
                    DialogueStatus status = DialogueStatus.valueOf(rs.getString("status"));
                    LocalDate opens = rs.getObject("opens_on", LocalDate.class);
                    LocalDate closes = rs.getObject("closes_on", LocalDate.class);
                    Timestamp feedbackAt = rs.getTimestamp("feedback_at");
                    return new Page(dialogueId, rs.getLong("committee_id"), null, status, DialogueStore.isOpen(status, opens, closes, today),
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

    /**
     * A page of the public proposals; pending ones are not shown, hidden ones only as a notice (their
     * title and text are not even read, see {@link DialogueStore#PUBLIC_POST_COLUMNS}).
     */
    public List<Post> proposals(long dialogueId, Order order, int offset, int limit) {

        String sort = order == Order.MOST_SUPPORTED ? "supports desc, id desc" : "id desc";
        return jdbc.sql("select " + DialogueStore.PUBLIC_POST_COLUMNS + " from dialogue_post where dialogue_id = :id and proposal_id is null"
                        + " and status <> 'PENDING' order by " + sort + " offset :offset limit :limit")
                .param("id", dialogueId)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query(DialogueStore::toPost).list();
    }

    public List<Post> comments(long proposalId) {
        return jdbc.sql("select " + DialogueStore.PUBLIC_POST_COLUMNS
                        + " from dialogue_post where proposal_id = :id and status <> 'PENDING' order by id limit 500")
                .param("id", proposalId).query(DialogueStore::toPost).list();
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
                        DialogueStore.options(rs.getString(4))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
