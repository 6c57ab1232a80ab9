package se.medverka.consultation.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationStatus;
import se.medverka.consultation.QuestionType;

/** Reads of the consultation tables that the staff and the children's services share. */
@Component
public class ConsultationData {

    private final JdbcClient jdbc;

    ConsultationData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Head(long id, long committeeId, String title, ConsultationStatus status, boolean openWithoutCode) {
    }

    public record QuestionRow(long id, int position, QuestionType type) {
    }

    public record PictureRow(long id, long questionId, int position) {
    }

    public record PictureData(byte[] data, String contentType, long consultationId, ConsultationStatus status) {
    }

    /** Texts keyed by band and then language. */
    public static Map<AgeBand, Map<String, String>> byBand() {
        return new EnumMap<>(AgeBand.class);
    }

    public Optional<Head> head(long id) {
        return jdbc.sql("select id, committee_id, title, status, open_without_code from consultation_consultation where id = :id")
                .param("id", id)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ConsultationStatus.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    public List<Head> heads(String where, Map<String, ?> params) {
        return jdbc.sql("select id, committee_id, title, status, open_without_code from consultation_consultation "
                        + where + " order by id desc")
                .params(params)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ConsultationStatus.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .list();
    }

    public List<AgeBand> bands(long id) {
        return jdbc.sql("select band from consultation_band where consultation_id = :id").param("id", id)
                .query(String.class).list().stream().map(AgeBand::valueOf).sorted().toList();
    }

    public List<String> languages(long id) {
        return jdbc.sql("select language from consultation_language where consultation_id = :id order by sort_order")
                .param("id", id).query(String.class).list();
    }

    public List<QuestionRow> questions(long id) {
        return jdbc.sql("select id, position, type from consultation_question where consultation_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new QuestionRow(rs.getLong(1), rs.getInt(2), QuestionType.valueOf(rs.getString(3))))
                .list();
    }

    public Map<Long, Map<AgeBand, Map<String, String>>> questionTexts(long id) {
        Map<Long, Map<AgeBand, Map<String, String>>> texts = new HashMap<>();
        jdbc.sql("""
                select t.question_id, t.band, t.language, t.text from consultation_question_text t
                join consultation_question q on q.id = t.question_id where q.consultation_id = :id""")
                .param("id", id)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getLong(1), k -> byBand())
                            .computeIfAbsent(AgeBand.valueOf(rs.getString(2)), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getString(4));
                });
        return texts;
    }

    public List<PictureRow> pictures(long id) {
        return jdbc.sql("""
                select p.id, p.question_id, p.position from consultation_picture p
                join consultation_question q on q.id = p.question_id where q.consultation_id = :id
                order by p.question_id, p.position""")
                .param("id", id)
                .query((rs, n) -> new PictureRow(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    /** Alt texts keyed by picture id and then language. */
    public Map<Long, Map<String, String>> altTexts(long id) {
        Map<Long, Map<String, String>> alts = new HashMap<>();
        jdbc.sql("""
                select a.picture_id, a.language, a.alt_text from consultation_picture_alt a
                join consultation_picture p on p.id = a.picture_id
                join consultation_question q on q.id = p.question_id where q.consultation_id = :id""")
                .param("id", id)
                .query(rs -> {
                    alts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return alts;
    }

    public Map<AgeBand, Map<String, String>> intros(long id) {
        return bandTexts("select band, language, title from consultation_intro where consultation_id = :id", id);
    }

    public Map<AgeBand, Map<String, String>> feedback(long id) {
        return bandTexts("select band, language, text from consultation_feedback where consultation_id = :id", id);
    }

    private Map<AgeBand, Map<String, String>> bandTexts(String sql, long id) {
        Map<AgeBand, Map<String, String>> texts = byBand();
        jdbc.sql(sql).param("id", id).query(rs -> {
            texts.computeIfAbsent(AgeBand.valueOf(rs.getString(1)), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getString(3));
        });
        return texts;
    }

    public Optional<PictureData> picture(long pictureId) {
        return jdbc.sql("""
                select p.data, p.content_type, c.id, c.status from consultation_picture p
                join consultation_question q on q.id = p.question_id
                join consultation_consultation c on c.id = q.consultation_id where p.id = :id""")
                .param("id", pictureId)
                .query((rs, n) -> new PictureData(rs.getBytes(1), rs.getString(2), rs.getLong(3),
                        ConsultationStatus.valueOf(rs.getString(4))))
                .optional();
    }
}
