package se.medverka.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.consultation.internal.ClassCodes;
import se.medverka.consultation.internal.ConsultationData;
import se.medverka.consultation.internal.ConsultationData.Head;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;

/**
 * The children's side: open to everyone, with no login. It never receives or stores anything
 * that identifies a child — no name, no IP address, no time, no class code — only the age band,
 * the district the class code stands for, and the answers.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class ChildConsultations {

    public static final int MAX_FREE_TEXT = 500;

    private final JdbcClient jdbc;
    private final ConsultationData data;
    private final AbuseLimits limits;

    ChildConsultations(JdbcClient jdbc, ConsultationData data, AbuseLimits limits) {
        this.jdbc = jdbc;
        this.data = data;
        this.limits = limits;
    }

    /** A consultation that can be answered without a code, with its bands and what happened per band. */
    public record OpenConsultation(long id, String title, String language, List<AgeBand> bands, boolean open,
                                   Map<AgeBand, String> feedback) {
    }

    public record ChildPicture(long id, String alt) {
    }

    public record ChildQuestion(long id, QuestionType type, String text, List<ChildPicture> pictures) {
    }

    /**
     * A consultation as one child sees it: in the band and the language chosen; {@code language}
     * is the language the texts are really in (the child's if offered, else the first one).
     */
    public record ChildConsultation(long id, AgeBand band, String classCode, String title, String language,
                                    boolean open, List<ChildQuestion> questions, Optional<String> feedback) {
    }

    /** Where a child comes in: with a class code, or straight to an open consultation and a band. */
    public record Entry(long consultationId, AgeBand band, String classCode) {
    }

    public List<OpenConsultation> openWithoutCode(String language) {
        return data.heads("where status = 'OPEN' and open_without_code", Map.of()).stream()
                .map(h -> summary(h, language)).toList();
    }

    /** The consultation a class code leads to, also after it closed (for "Det här hände"). */
    /** The committee that holds a consultation: the controller named in the children's privacy notice. */
    public Optional<Long> committeeOf(long consultationId) {
        return data.head(consultationId).map(ConsultationData.Head::committeeId);
    }

    public Optional<ChildConsultation> byCode(String typed, String language) {
        return entry(typed).flatMap(e -> view(e, language));
    }

    /**
     * The entry a typed class code stands for; empty when it is no code. Codes are short enough to
     * guess, so every try counts against the connection's limit before the look-up (a right one is
     * given back): guessing from one place is slowed to a few dozen codes an hour.
     */
    public Optional<Entry> entry(String typed) {
        String from = ClientAddress.current();
        limits.take(Limit.CLASS_CODE, from);
        Optional<Entry> found = ClassCodes.normalise(typed).flatMap(code -> jdbc.sql(
                        "select consultation_id, band from consultation_class_code where code = :c")
                .param("c", code)
                .query((rs, n) -> new Entry(rs.getLong(1), AgeBand.valueOf(rs.getString(2)), code))
                .optional());
        if (found.isPresent()) {
            limits.giveBack(Limit.CLASS_CODE, from);
        }
        return found;
    }

    /** A consultation answered without a code, in the band the child chose. */
    public Optional<ChildConsultation> withoutCode(long id, AgeBand band, String language) {
        return data.head(id).filter(h -> h.openWithoutCode() && h.status() != ConsultationStatus.DRAFT)
                .flatMap(h -> view(new Entry(id, band, null), language));
    }

    /** A consultation's public page: open without code or closed with feedback, never a draft. */
    public Optional<OpenConsultation> page(long id, String language) {
        return data.head(id).filter(h -> h.openWithoutCode() && h.status() != ConsultationStatus.DRAFT)
                .map(h -> summary(h, language));
    }

    private OpenConsultation summary(Head h, String language) {
        List<String> languages = data.languages(h.id());
        String shown = languages.contains(language) ? language : languages.getFirst();
        List<AgeBand> bands = data.bands(h.id());
        String title = data.intros(h.id()).getOrDefault(bands.getFirst(), Map.of()).getOrDefault(shown, h.title());
        Map<AgeBand, String> feedback = new java.util.EnumMap<>(AgeBand.class);
        data.feedback(h.id()).forEach((band, texts) -> {
            if (texts.containsKey(shown)) {
                feedback.put(band, texts.get(shown));
            }
        });
        return new OpenConsultation(h.id(), title, shown, bands, h.status() == ConsultationStatus.OPEN, feedback);
    }

    private Optional<ChildConsultation> view(Entry entry, String language) {
        Optional<Head> found = data.head(entry.consultationId());
        if (found.isEmpty() || found.get().status() == ConsultationStatus.DRAFT
                || !data.bands(entry.consultationId()).contains(entry.band())) {
            return Optional.empty();
        }
        Head head = found.get();
        long id = head.id();
        List<String> languages = data.languages(id);
        String shown = languages.contains(language) ? language : languages.getFirst();
        Map<Long, Map<AgeBand, Map<String, String>>> texts = data.questionTexts(id);
        Map<Long, Map<String, String>> alts = data.altTexts(id);
        Map<Long, List<ChildPicture>> pictures = new LinkedHashMap<>();
        data.pictures(id).forEach(p -> pictures.computeIfAbsent(p.questionId(), k -> new ArrayList<>())
                .add(new ChildPicture(p.id(), alts.getOrDefault(p.id(), Map.of()).get(shown))));
        List<ChildQuestion> questions = new ArrayList<>();
        for (ConsultationData.QuestionRow q : data.questions(id)) {
            Map<String, String> wording = texts.getOrDefault(q.id(), Map.of()).get(entry.band());
            if (wording != null) {
                questions.add(new ChildQuestion(q.id(), q.type(), wording.get(shown), pictures.getOrDefault(q.id(), List.of())));
            }
        }
        String title = data.intros(id).getOrDefault(entry.band(), Map.of()).getOrDefault(shown, head.title());
        Optional<String> feedback = Optional.ofNullable(data.feedback(id).getOrDefault(entry.band(), Map.of()).get(shown));
        return Optional.of(new ChildConsultation(id, entry.band(), entry.classCode(), title, shown,
                head.status() == ConsultationStatus.OPEN, questions, feedback));
    }

    /**
     * Stores one child's answers (question id → choice or text; a skipped question is simply
     * absent), all or nothing. The district comes from the class code; the code itself is not kept,
     * only how many answers it has admitted: no more than staff set for the class, and none after
     * the consultation closed.
     */
    @Transactional
    public void submit(Entry entry, Map<Long, String> answers) {
        limits.take(Limit.CHILD_ANSWER, ClientAddress.current());
        Head head = data.head(entry.consultationId()).filter(h -> h.status() == ConsultationStatus.OPEN)
                .orElseThrow(() -> new ConsultationException("consultation.answer.send.error.closed"));
        String district = null;
        if (entry.classCode() != null) {
            if (entry.classCode().length() > 40 || entry.classCode().indexOf('\u0000') >= 0) {
                throw new ConsultationException("consultation.join.code.error.unknown"); // no such code can exist
            }
            record Code(long consultation, AgeBand band, String district) {
            }
            Code code = jdbc.sql("select consultation_id, band, district_code from consultation_class_code where code = :c")
                    .param("c", entry.classCode())
                    .query((rs, n) -> new Code(rs.getLong(1), AgeBand.valueOf(rs.getString(2)), rs.getString(3)))
                    .optional()
                    .filter(c -> c.consultation() == head.id() && c.band() == entry.band())
                    .orElseThrow(() -> new ConsultationException("consultation.join.code.error.unknown"));
            district = code.district();
        } else if (!head.openWithoutCode()) {
            throw new ConsultationException("consultation.join.code.error.unknown");
        }
        Map<Long, Map<AgeBand, Map<String, String>>> texts = data.questionTexts(head.id());
        Map<Long, QuestionType> types = new LinkedHashMap<>();
        data.questions(head.id()).forEach(q -> types.put(q.id(), q.type()));
        Set<String> pictureIds = new HashSet<>();
        Map<String, Long> pictureQuestion = new LinkedHashMap<>();
        data.pictures(head.id()).forEach(p -> {
            pictureIds.add(String.valueOf(p.id()));
            pictureQuestion.put(String.valueOf(p.id()), p.questionId());
        });
        Map<Long, String> clean = new LinkedHashMap<>();
        for (Map.Entry<Long, String> a : answers.entrySet()) {
            QuestionType type = types.get(a.getKey());
            if (type == null || !texts.getOrDefault(a.getKey(), Map.of()).containsKey(entry.band())) {
                throw new ConsultationException("consultation.answer.send.error.invalid");
            }
            String value = a.getValue() == null ? "" : a.getValue().replace("\u0000", "").strip(); // PostgreSQL text holds no NUL
            if (value.isEmpty()) {
                continue;
            }
            boolean valid = switch (type) {
                case SMILEY, YES_NO -> type.choices().contains(value);
                case PICTURE -> pictureIds.contains(value) && pictureQuestion.get(value).equals(a.getKey());
                case FREE_TEXT -> value.length() <= MAX_FREE_TEXT;
            };
            if (!valid) {
                throw new ConsultationException(type == QuestionType.FREE_TEXT
                        ? "consultation.answer.freetext.error.long" : "consultation.answer.send.error.invalid");
            }
            clean.put(a.getKey(), value);
        }
        if (entry.classCode() != null) {
            // Counted in the same transaction as the answers: a refusal further on counts nothing.
            int admitted = jdbc.sql("""
                    update consultation_class_code set answers = answers + 1
                    where code = :c and answers < max_answers""")
                    .param("c", entry.classCode()).update();
            if (admitted == 0) {
                throw new ConsultationException("consultation.answer.send.error.classfull");
            }
        }
        UUID response = jdbc.sql("""
                insert into consultation_response (consultation_id, band, district_code) values (:c, :b, :d) returning id""")
                .param("c", head.id()).param("b", entry.band().name()).param("d", district)
                .query(UUID.class).single();
        clean.forEach((question, value) -> {
            boolean text = types.get(question) == QuestionType.FREE_TEXT;
            jdbc.sql("""
                    insert into consultation_answer (response_id, question_id, choice, free_text, moderation)
                    values (:r, :q, :c, :t, :m)""")
                    .param("r", response).param("q", question)
                    .param("c", text ? null : value).param("t", text ? value : null).param("m", text ? "NEW" : null)
                    .update();
        });
    }

    /** A picture of a consultation that children can see (not a draft's). */
    public Optional<PictureFile> picture(long pictureId) {
        return data.picture(pictureId).filter(p -> p.status() != ConsultationStatus.DRAFT)
                .map(p -> new PictureFile(p.data(), p.contentType()));
    }
}
