package se.medverka.dialogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.CurrentStaff;

/**
 * Answering a dialogue's questions, as a resident does without an account: one visit's answers are
 * stored all or nothing, while the dialogue is open for answers.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class DialogueAnswers {

    private final JdbcClient jdbc;
    private final DialogueStore store;
    private final Clock clock;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final CurrentStaff current;

    DialogueAnswers(JdbcClient jdbc, DialogueStore store, Clock clock, AbuseLimits limits, AuditLog audit, CurrentStaff current) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.limits = limits;
        this.audit = audit;
        this.current = current;
    }

    /** One question's answer: free text, the chosen options' numbers, or the scale's value. */
    public record Answer(String text, Set<Integer> choices, Integer scale) {
    }

    /** Stores one visit's answers; the e-mail, if given, gets a confirmation link. Returns the participant. */
    public long answer(long dialogueId, Map<Long, Answer> answers, String email, Language language) {
        limits.take(Limit.DIALOGUE_ANSWER, ClientAddress.current());
        return store(dialogueId, answers, email, language, null);
    }

    /**
     * Answers staff register for a resident who does not use the web (on the phone, at a library or
     * service office, from a letter, with an interpreter), in the resident's language. From then on
     * they count like answers sent on the web; the channel is kept on the participant for follow-up,
     * who registered them goes to the audit trail only. Staff are not held to the residents' limit.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    public long answerAssisted(long dialogueId, Map<Long, Answer> answers, String email, Language language, String channel) {
        if (channel == null || !DialogueProposals.ASSISTED_CHANNELS.contains(channel)) {
            throw new DialogueException("dialogue.assisted.channel.error.required");
        }
        long participant = store(dialogueId, answers, email, language, channel);
        audit.record(current.actor(), "ANSWERS_ASSISTED", "dialogue_participant", String.valueOf(participant), "channel=" + channel);
        return participant;
    }

    private long store(long dialogueId, Map<Long, Answer> answers, String email, Language language, String channel) {
        DialogueStore.Open d = store.open(dialogueId);
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
            optionCounts.put(rs.getLong(1), DialogueStore.options(rs.getString(3)).size());
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
                    String text = DialogueStore.plain(a.text());
                    if (text.length() > Dialogues.MAX_TEXT) {
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
        long participant = store.participant(dialogueId, email, language, channel);
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
}
