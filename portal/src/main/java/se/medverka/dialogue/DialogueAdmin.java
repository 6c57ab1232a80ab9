package se.medverka.dialogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.DialogueEvents.DialogueFeedbackPublished;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.dialogue.internal.DialogueStaff;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.dialogue.internal.DraftRules;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.text.InputText;

/**
 * The staff side of dialogues: create and edit them with their texts per language and questions,
 * and move them through draft → published → closed → feedback given. Staff act only for their own
 * committees (handlers and moderators of the committee; administrators for all). Results are read
 * through {@link DialogueResults}.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
public class DialogueAdmin {

    private final JdbcClient jdbc;
    private final DialogueStaff staff;
    private final DraftRules rules;
    private final DialogueStore store;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DialogueAdmin(JdbcClient jdbc, DialogueStaff staff, DraftRules rules, DialogueStore store, RoutingRegister register, CurrentStaff current, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.rules = rules;
        this.store = store;
        this.register = register;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Texts(String title, String summary, String body) {
    }

    /** Everything a dialogue form holds; an empty district set means the whole city. */
    public record Draft(long committeeId, Map<String, Texts> texts, Set<String> districts, Set<String> actionPlans,
                        Set<String> focusAreas, LocalDate opensOn, LocalDate closesOn, boolean allowAnswers,
                        boolean allowProposals, boolean allowComments, ModerationMode moderation, int flagThreshold) {
    }

    /** A question with its text and (for choices) its options per language code. */
    public record QuestionDraft(QuestionKind kind, Map<String, String> texts, Map<String, List<String>> options) {
    }

    public record Summary(long id, String title, String committeeName, DialogueStatus status, LocalDate opensOn,
                          LocalDate closesOn) {
    }

    public record Editable(long id, DialogueStatus status, Draft draft, List<QuestionDraft> questions, boolean answered,
                           Map<String, String> feedback) {
    }

    /** The committees the person may create dialogues for. */
    @Transactional(readOnly = true)
    public List<CommitteeSummary> committees() {
        return register.committees().stream().filter(CommitteeSummary::active).filter(c -> staff.mayAct(c.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        Map<Long, String> names = new LinkedHashMap<>();
        register.committees().forEach(c -> names.put(c.id(), c.name()));
        Set<Long> mine = new LinkedHashSet<>(current.committees(StaffRole.HANDLER));
        mine.addAll(current.committees(StaffRole.MODERATOR));
        return jdbc.sql("""
                select d.id, t.title, d.committee_id, d.status, d.opens_on, d.closes_on from dialogue_dialogue d
                join dialogue_text t on t.dialogue_id = d.id and t.language = 'sv'
                where :all or d.committee_id in (:mine)
                order by d.id desc limit 500""")
                .param("all", current.isAdmin()).param("mine", mine.isEmpty() ? List.of(-1L) : mine)
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getString(2), names.getOrDefault(rs.getLong(3), ""),
                        DialogueStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public long create(Draft draft) {
        rules.check(draft);
        long id = jdbc.sql("""
                insert into dialogue_dialogue (committee_id, opens_on, closes_on, allow_answers, allow_proposals,
                    allow_comments, moderation, flag_threshold, created_at, created_by)
                values (:c, :o, :cl, :a, :p, :cm, :m, :f, :now, :by) returning id""")
                .param("c", draft.committeeId()).param("o", draft.opensOn()).param("cl", draft.closesOn())
                .param("a", draft.allowAnswers()).param("p", draft.allowProposals()).param("cm", draft.allowComments())
                .param("m", draft.moderation().name()).param("f", draft.flagThreshold())
                .param("now", Timestamp.from(clock.instant())).param("by", current.actor())
                .query(Long.class).single();
        writeLists(id, draft);
        audit.record(current.actor(), "DIALOGUE_CREATED", "dialogue", String.valueOf(id), null);
        return id;
    }

    public void update(long id, Draft draft) {
        DialogueStatus status = staff.locked(id);
        if (status == DialogueStatus.FEEDBACK_GIVEN) {
            throw new DialogueException("dialogue.editor.error.finished");
        }
        rules.check(draft);
        jdbc.sql("""
                update dialogue_dialogue set committee_id = :c, opens_on = :o, closes_on = :cl, allow_answers = :a,
                    allow_proposals = :p, allow_comments = :cm, moderation = :m, flag_threshold = :f where id = :id""")
                .param("c", draft.committeeId()).param("o", draft.opensOn()).param("cl", draft.closesOn())
                .param("a", draft.allowAnswers()).param("p", draft.allowProposals()).param("cm", draft.allowComments())
                .param("m", draft.moderation().name()).param("f", draft.flagThreshold()).param("id", id).update();
        // Feedback texts are kept: they belong to a later step.
        Map<String, String> feedback = feedback(id);
        for (String table : List.of("dialogue_district", "dialogue_action_plan", "dialogue_focus_area", "dialogue_text")) {
            jdbc.sql("delete from " + table + " where dialogue_id = :id").param("id", id).update();
        }
        writeLists(id, draft);
        feedback.forEach((lang, text) -> jdbc.sql("update dialogue_text set feedback = :f where dialogue_id = :id and language = :l")
                .param("f", text).param("id", id).param("l", lang).update());
        audit.record(current.actor(), "DIALOGUE_UPDATED", "dialogue", String.valueOf(id), null);
    }

    @Transactional(readOnly = true)
    public Optional<Editable> load(long id) {
        Optional<Long> committee = jdbc.sql("select committee_id from dialogue_dialogue where id = :id").param("id", id)
                .query(Long.class).optional();
        if (committee.isEmpty() || !staff.mayAct(committee.get())) {
            return Optional.empty();
        }
        Map<String, Texts> texts = new LinkedHashMap<>();
        jdbc.sql("select language, title, summary, body from dialogue_text where dialogue_id = :id").param("id", id)
                .query(rs -> { texts.put(rs.getString(1), new Texts(rs.getString(2), rs.getString(3), rs.getString(4))); });
        Set<String> districts = codes("dialogue_district", "district_code", id);
        Set<String> plans = codes("dialogue_action_plan", "code", id);
        Set<String> areas = codes("dialogue_focus_area", "code", id);
        return jdbc.sql("select * from dialogue_dialogue where id = :id").param("id", id)
                .query((rs, n) -> new Editable(id, DialogueStatus.valueOf(rs.getString("status")),
                        new Draft(rs.getLong("committee_id"), texts, districts, plans, areas,
                                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                                rs.getBoolean("allow_answers"), rs.getBoolean("allow_proposals"),
                                rs.getBoolean("allow_comments"), ModerationMode.valueOf(rs.getString("moderation")),
                                rs.getInt("flag_threshold")),
                        questions(id), store.hasAnswers(id), feedback(id)))
                .optional();
    }

    /** Replaces the questions; refused once anyone has answered, so that answers keep their meaning. */
    public void saveQuestions(long id, List<QuestionDraft> questions) {
        DialogueStatus status = staff.locked(id);
        if (status == DialogueStatus.CLOSED || status == DialogueStatus.FEEDBACK_GIVEN) {
            throw new DialogueException("dialogue.editor.error.finished");
        }
        if (store.hasAnswers(id)) {
            throw new DialogueException("dialogue.editor.questions.error.locked");
        }
        for (QuestionDraft q : questions) {
            String sv = q.texts().get("sv");
            if (q.kind() == null || sv == null || sv.isBlank() || sv.length() > 1000) {
                throw new DialogueException("dialogue.editor.questions.error.text");
            }
            List<String> svOptions = q.options().getOrDefault("sv", List.of());
            if (q.kind().hasOptions() && (svOptions.size() < 2 || svOptions.size() > 20)) {
                throw new DialogueException("dialogue.editor.questions.error.options");
            }
            for (Map.Entry<String, List<String>> o : q.options().entrySet()) {
                if (q.kind().hasOptions() && !o.getValue().isEmpty() && o.getValue().size() != svOptions.size()) {
                    throw new DialogueException("dialogue.editor.questions.error.translation");
                }
            }
        }
        jdbc.sql("delete from dialogue_question where dialogue_id = :id").param("id", id).update();
        int position = 0;
        for (QuestionDraft q : questions) {
            long qid = jdbc.sql("insert into dialogue_question (dialogue_id, position, kind) values (:d, :p, :k) returning id")
                    .param("d", id).param("p", position++).param("k", q.kind().name()).query(Long.class).single();
            for (Map.Entry<String, String> t : q.texts().entrySet()) {
                if (t.getValue() == null || t.getValue().isBlank() || Language.fromCode(t.getKey()).isEmpty()) {
                    continue;
                }
                List<String> opts = q.kind().hasOptions() ? q.options().getOrDefault(t.getKey(), List.of()) : List.of();
                jdbc.sql("insert into dialogue_question_text (question_id, language, text, options) values (:q, :l, :t, :o)")
                        .param("q", qid).param("l", t.getKey()).param("t", t.getValue().strip())
                        .param("o", String.join("\n", opts)).update();
            }
        }
        audit.record(current.actor(), "DIALOGUE_QUESTIONS_SAVED", "dialogue", String.valueOf(id), questions.size() + " questions");
    }

    public void publish(long id) {
        transition(id, DialogueStatus.DRAFT, DialogueStatus.PUBLISHED, "published_at");
    }

    public void close(long id) {
        transition(id, DialogueStatus.PUBLISHED, DialogueStatus.CLOSED, "closed_at");
    }

    /** Publishes what the committee did with the input; Swedish is required, other languages fall back to it. */
    public void publishFeedback(long id, Map<String, String> feedback) {
        String sv = feedback.get("sv");
        if (sv == null || sv.isBlank() || feedback.values().stream().anyMatch(f -> f != null && f.length() > 20_000)) {
            throw new DialogueException("dialogue.editor.feedback.error.required");
        }
        transition(id, DialogueStatus.CLOSED, DialogueStatus.FEEDBACK_GIVEN, "feedback_at");
        feedback.forEach((lang, text) -> jdbc.sql("update dialogue_text set feedback = :f where dialogue_id = :id and language = :l")
                .param("f", InputText.strippedOrNull(text)).param("id", id).param("l", lang).update());
        events.publishEvent(new DialogueFeedbackPublished(id));
    }

    private void transition(long id, DialogueStatus from, DialogueStatus to, String stampColumn) {
        DialogueStatus status = staff.locked(id);
        if (status != from) {
            throw new DialogueException("dialogue.editor.status.error.transition");
        }
        jdbc.sql("update dialogue_dialogue set status = :to, " + stampColumn + " = :now where id = :id and status = :from")
                .param("to", to.name()).param("from", from.name()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
        audit.record(current.actor(), "DIALOGUE_" + to.name(), "dialogue", String.valueOf(id), from.name() + " -> " + to.name());
    }

    private void writeLists(long id, Draft d) {
        d.texts().forEach((lang, t) -> {
            if (!InputText.isBlank(t.title())) {
                jdbc.sql("insert into dialogue_text (dialogue_id, language, title, summary, body) values (:id, :l, :t, :s, :b)")
                        .param("id", id).param("l", lang).param("t", t.title().strip()).param("s", t.summary().strip())
                        .param("b", t.body().strip()).update();
            }
        });
        insertCodes("dialogue_district", "district_code", id, d.districts());
        insertCodes("dialogue_action_plan", "code", id, d.actionPlans());
        insertCodes("dialogue_focus_area", "code", id, d.focusAreas());
    }

    private void insertCodes(String table, String column, long id, Set<String> codes) {
        for (String code : codes) {
            jdbc.sql("insert into " + table + " (dialogue_id, " + column + ") values (:id, :c)").param("id", id).param("c", code).update();
        }
    }

    private Set<String> codes(String table, String column, long id) {
        return new LinkedHashSet<>(jdbc.sql("select " + column + " from " + table + " where dialogue_id = :id order by 1")
                .param("id", id).query(String.class).list());
    }

    private List<QuestionDraft> questions(long id) {
        Map<Long, QuestionDraft> all = new LinkedHashMap<>();
        jdbc.sql("""
                select q.id, q.kind, t.language, t.text, t.options from dialogue_question q
                left join dialogue_question_text t on t.question_id = q.id where q.dialogue_id = :id order by q.position""")
                .param("id", id).query(rs -> {
                    QuestionDraft q = all.computeIfAbsent(rs.getLong(1), k -> {
                        try {
                            return new QuestionDraft(QuestionKind.valueOf(rs.getString(2)), new LinkedHashMap<>(), new LinkedHashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(3) != null) {
                        q.texts().put(rs.getString(3), rs.getString(4));
                        q.options().put(rs.getString(3), DialogueStore.options(rs.getString(5)));
                    }
                });
        return new ArrayList<>(all.values());
    }

    private Map<String, String> feedback(long id) {
        Map<String, String> f = new LinkedHashMap<>();
        jdbc.sql("select language, feedback from dialogue_text where dialogue_id = :id and feedback is not null")
                .param("id", id).query(rs -> { f.put(rs.getString(1), rs.getString(2)); });
        return f;
    }
}
