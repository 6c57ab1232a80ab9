package se.medverka.dialogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.dialogue.internal.DialogueStaff;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.shared.csv.CsvFile;

/**
 * A dialogue's results for its committee's staff: counts per question, the free texts, and every
 * answer as CSV.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
public class DialogueResults {

    private static final int CSV_FETCH = 1000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DialogueStaff staff;

    DialogueResults(JdbcClient jdbc, DataSource dataSource, DialogueStaff staff) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.staff = staff;
    }

    /** One question's results: counts per option (or per scale step 1–5) and the number of free texts. */
    public record QuestionResult(long questionId, QuestionKind kind, String text, List<String> options, long[] counts,
                                 long freeTexts) {
    }

    public List<QuestionResult> results(long id) {
        staff.accessible(id);
        List<QuestionResult> results = new ArrayList<>();
        for (var q : jdbc.sql("""
                select q.id, q.kind, t.text, t.options from dialogue_question q
                join dialogue_question_text t on t.question_id = q.id and t.language = 'sv'
                where q.dialogue_id = :id order by q.position""").param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong(1), QuestionKind.valueOf(rs.getString(2)), rs.getString(3),
                        DialogueStore.options(rs.getString(4))}).list()) {
            long qid = (long) q[0];
            QuestionKind kind = (QuestionKind) q[1];
            @SuppressWarnings("unchecked") List<String> options = (List<String>) q[3];
            long[] counts = new long[kind == QuestionKind.SCALE ? 5 : options.size()];
            jdbc.sql("select coalesce(choice, scale - 1), count(*) from dialogue_answer where question_id = :q"
                            + " and free_text is null group by 1")
                    .param("q", qid).query(rs -> {
                        int i = rs.getInt(1);
                        if (i >= 0 && i < counts.length) {
                            counts[i] = rs.getLong(2);
                        }
                    });
            long free = kind == QuestionKind.FREE_TEXT
                    ? jdbc.sql("select count(*) from dialogue_answer where question_id = :q").param("q", qid).query(Long.class).single()
                    : 0;
            results.add(new QuestionResult(qid, kind, (String) q[2], options, counts, free));
        }
        return results;
    }

    public List<String> freeTexts(long questionId, int offset, int limit) {
        long dialogue = jdbc.sql("select dialogue_id from dialogue_question where id = :id").param("id", questionId)
                .query(Long.class).optional().orElseThrow(() -> new DialogueException("dialogue.editor.error.notfound"));
        staff.accessible(dialogue);
        return jdbc.sql("select free_text from dialogue_answer where question_id = :q and free_text is not null"
                        + " order by id offset :o limit :l")
                .param("q", questionId).param("o", offset).param("l", Math.min(limit, 500)).query(String.class).list();
    }

    /**
     * Writes every answer as CSV, row by row from a database cursor, so that memory stays constant
     * however many answers there are. One line per answer entry (a chosen option is one entry).
     */
    public void writeCsv(long id, OutputStream out) {
        staff.accessible(id);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CsvFile.Sheet csv = CsvFile.write(w).row("answer_id", "participant_id", "question_no", "question", "kind",
                    "choice_no", "choice", "scale", "free_text", "language", "created_at");
            JdbcTemplate template = new JdbcTemplate(dataSource);
            template.setFetchSize(CSV_FETCH);
            // Questions and options are few: the join happens here, not per row.
            Map<Long, Object[]> questions = new LinkedHashMap<>();
            jdbc.sql("""
                    select q.id, q.position, q.kind, t.text, t.options from dialogue_question q
                    join dialogue_question_text t on t.question_id = q.id and t.language = 'sv' where q.dialogue_id = :id""")
                    .param("id", id).query(rs -> {
                        questions.put(rs.getLong(1), new Object[] {rs.getInt(2) + 1, rs.getString(3), rs.getString(4),
                                DialogueStore.options(rs.getString(5))});
                    });
            template.query("select id, participant_id, question_id, choice, scale, free_text, language, created_at"
                    + " from dialogue_answer where dialogue_id = ? order by id", rs -> {
                Object[] q = questions.get(rs.getLong(3));
                Integer choice = rs.getObject(4, Integer.class);
                @SuppressWarnings("unchecked") List<String> opts = q == null ? List.of() : (List<String>) q[3];
                csv.row(rs.getLong(1), rs.getLong(2), q == null ? "" : q[0], q == null ? "" : q[2], q == null ? "" : q[1],
                        choice == null ? "" : choice + 1, choice == null || choice >= opts.size() ? "" : opts.get(choice),
                        rs.getObject(5) == null ? "" : rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant());
            }, id);
            csv.flush();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
