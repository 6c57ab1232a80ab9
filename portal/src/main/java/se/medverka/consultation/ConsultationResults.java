package se.medverka.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.consultation.Suppression.Figure;
import se.medverka.consultation.internal.ConsultationData;
import se.medverka.consultation.internal.ConsultationStaff;
import se.medverka.shared.security.CurrentStaff;

/**
 * A consultation's results for its committee's handlers: figures per band and district with small
 * cells suppressed before they leave this class, and the free texts with their moderation.
 */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional(readOnly = true)
public class ConsultationResults {

    private final JdbcClient jdbc;
    private final ConsultationData data;
    private final ConsultationStaff access;
    private final CurrentStaff staff;
    private final AuditLog audit;

    ConsultationResults(JdbcClient jdbc, ConsultationData data, ConsultationStaff access, CurrentStaff staff,
                        AuditLog audit) {
        this.jdbc = jdbc;
        this.data = data;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
    }

    /** The results of one band in one district ({@code districtCode} null: answered without a code). */
    public record Cell(AgeBand band, String districtCode, Figure responses, List<QuestionResult> questions) {
    }

    /** Choices are the type's choices or the picture ids; free-text questions only count who wrote. */
    public record QuestionResult(long questionId, int position, QuestionType type, String text,
                                 Figure answered, Map<String, Figure> choices) {
    }

    public record FreeText(UUID responseId, long questionId, AgeBand band, String text, String moderation) {
    }

    /**
     * The results per band and district, every figure already suppressed when it rests on fewer
     * than five answers. The question text is the wording of the band in the first language.
     */
    public List<Cell> results(long id) {
        access.manageable(id);
        String first = data.languages(id).getFirst();
        Map<Long, Map<AgeBand, Map<String, String>>> texts = data.questionTexts(id);
        Map<Long, List<String>> pictureChoices = new LinkedHashMap<>();
        data.pictures(id).forEach(p -> pictureChoices.computeIfAbsent(p.questionId(), k -> new ArrayList<>())
                .add(String.valueOf(p.id())));
        record Group(AgeBand band, String district, int n) {
        }
        List<Group> groups = jdbc.sql("""
                select band, district_code, count(*) from consultation_response where consultation_id = :id
                group by band, district_code order by band, district_code nulls last""")
                .param("id", id)
                .query((rs, n) -> new Group(AgeBand.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)))
                .list();
        record Count(long question, AgeBand band, String district, String choice, int n) {
        }
        List<Count> counts = jdbc.sql("""
                select a.question_id, r.band, r.district_code, coalesce(a.choice, '*text'), count(*)
                from consultation_answer a join consultation_response r on r.id = a.response_id
                where r.consultation_id = :id group by 1, 2, 3, 4""")
                .param("id", id)
                .query((rs, n) -> new Count(rs.getLong(1), AgeBand.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
        List<Cell> cells = new ArrayList<>();
        for (Group g : groups) {
            List<QuestionResult> questions = new ArrayList<>();
            for (ConsultationData.QuestionRow q : data.questions(id)) {
                Map<String, String> wording = texts.getOrDefault(q.id(), Map.of()).get(g.band());
                if (wording == null) {
                    continue;
                }
                List<String> choices = q.type() == QuestionType.PICTURE
                        ? pictureChoices.getOrDefault(q.id(), List.of()) : q.type().choices();
                Map<String, Integer> byChoice = new LinkedHashMap<>();
                int answered = 0;
                for (Count c : counts) {
                    if (c.question() == q.id() && c.band() == g.band()
                            && Objects.equals(c.district(), g.district())) {
                        byChoice.merge(c.choice(), c.n(), Integer::sum);
                        answered += c.n();
                    }
                }
                List<Integer> raw = choices.stream().map(ch -> byChoice.getOrDefault(ch, 0)).toList();
                List<Figure> shown = Suppression.counts(answered, raw);
                Map<String, Figure> figures = new LinkedHashMap<>();
                for (int i = 0; i < choices.size(); i++) {
                    figures.put(choices.get(i), shown.get(i));
                }
                questions.add(new QuestionResult(q.id(), q.position(), q.type(),
                        wording.getOrDefault(first, wording.values().iterator().next()),
                        Suppression.total(answered), figures));
            }
            cells.add(new Cell(g.band(), g.district(), Suppression.total(g.n()), questions));
        }
        return cells;
    }

    /** Free-text answers, for staff only; never shown publicly. */
    public List<FreeText> freeTexts(long id) {
        access.manageable(id);
        return jdbc.sql("""
                select a.response_id, a.question_id, r.band, a.free_text, a.moderation
                from consultation_answer a join consultation_response r on r.id = a.response_id
                where r.consultation_id = :id and a.moderation is not null order by a.question_id, r.band""")
                .param("id", id)
                .query((rs, n) -> new FreeText(rs.getObject(1, UUID.class), rs.getLong(2),
                        AgeBand.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Moderation: removes a free-text answer's text (e.g. a name a child wrote); the answer stays counted. */
    @Transactional
    public void removeFreeText(long id, UUID responseId, long questionId) {
        access.manageable(id);
        int rows = jdbc.sql("""
                update consultation_answer a set free_text = null, moderation = 'REMOVED'
                from consultation_response r
                where r.id = a.response_id and r.consultation_id = :id and a.response_id = :r and a.question_id = :q""")
                .param("id", id).param("r", responseId).param("q", questionId).update();
        if (rows != 1) {
            throw new ConsultationException("consultation.staff.freetext.error.missing");
        }
        audit.record(staff.actor(), "consultation.freetext_removed", "consultation", String.valueOf(id),
                "question " + questionId);
    }
}
