package se.medverka.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
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
import se.medverka.audit.AuditLog;
import se.medverka.consultation.Suppression.Figure;
import se.medverka.consultation.internal.ClassCodes;
import se.medverka.consultation.internal.ConsultationData;
import se.medverka.consultation.internal.ConsultationData.Head;
import se.medverka.consultation.internal.Pictures;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * The staff side of children's consultations. A consultation belongs to a committee; only its
 * handlers (and administrators) may see or change it — checked here for every call.
 */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional
public class Consultations {

    public static final int MAX_PICTURES = 6;
    private static final int MAX_TEXT = 300;

    private final JdbcClient jdbc;
    private final ConsultationData data;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final RoutingRegister register;
    private final Clock clock;

    Consultations(JdbcClient jdbc, ConsultationData data, CurrentStaff staff, AuditLog audit,
                  RoutingRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.staff = staff;
        this.audit = audit;
        this.register = register;
        this.clock = clock;
    }

    public record Summary(long id, long committeeId, String title, ConsultationStatus status) {
    }

    public record NewConsultation(String title, Long committeeId, Set<AgeBand> bands, List<String> languages,
                                  boolean openWithoutCode) {
    }

    public record Question(long id, int position, QuestionType type, Map<AgeBand, Map<String, String>> texts,
                           List<Picture> pictures) {
    }

    public record Picture(long id, Map<String, String> altTexts) {
    }

    public record NewPicture(byte[] data, Map<String, String> altTexts) {
    }

    public record ClassCode(String code, String districtCode, AgeBand band) {
    }

    public record Details(long id, long committeeId, String title, ConsultationStatus status, boolean openWithoutCode,
                          List<AgeBand> bands, List<String> languages, Map<AgeBand, Map<String, String>> intros,
                          List<Question> questions, List<ClassCode> codes, Map<AgeBand, Map<String, String>> feedback) {
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

    /** The consultations of the committees the person handles; all of them for administrators. */
    @Transactional(readOnly = true)
    public List<Summary> mine() {
        List<Head> heads = staff.isAdmin() ? data.heads("", Map.of())
                : staff.committees(StaffRole.HANDLER).isEmpty() ? List.of()
                : data.heads("where committee_id in (:ids)", Map.of("ids", staff.committees(StaffRole.HANDLER)));
        return heads.stream().map(h -> new Summary(h.id(), h.committeeId(), h.title(), h.status())).toList();
    }

    public long create(NewConsultation n) {
        String title = n.title() == null ? "" : n.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new ConsultationException("consultation.staff.create.error.title");
        }
        if (n.committeeId() == null || register.committee(n.committeeId()).isEmpty()) {
            throw new ConsultationException("consultation.staff.create.error.committee");
        }
        requireHandler(n.committeeId());
        if (n.bands() == null || n.bands().isEmpty()) {
            throw new ConsultationException("consultation.staff.create.error.bands");
        }
        if (n.languages() == null || n.languages().isEmpty()
                || n.languages().stream().anyMatch(l -> Language.fromCode(l).isEmpty())) {
            throw new ConsultationException("consultation.staff.create.error.languages");
        }
        long id = jdbc.sql("""
                insert into consultation_consultation (committee_id, title, open_without_code, created_at, created_by)
                values (:committee, :title, :open, :at, :by) returning id""")
                .param("committee", n.committeeId()).param("title", title).param("open", n.openWithoutCode())
                .param("at", Timestamp.from(clock.instant())).param("by", staff.actor())
                .query(Long.class).single();
        for (AgeBand band : n.bands()) {
            jdbc.sql("insert into consultation_band (consultation_id, band) values (:id, :band)")
                    .param("id", id).param("band", band.name()).update();
        }
        int order = 0;
        for (String language : n.languages().stream().distinct().toList()) {
            jdbc.sql("insert into consultation_language (consultation_id, language, sort_order) values (:id, :l, :o)")
                    .param("id", id).param("l", language).param("o", order++).update();
        }
        audit.record(staff.actor(), "consultation.created", "consultation", String.valueOf(id), title);
        return id;
    }

    @Transactional(readOnly = true)
    public Details details(long id) {
        Head head = manageable(id);
        Map<Long, Map<AgeBand, Map<String, String>>> texts = data.questionTexts(id);
        Map<Long, Map<String, String>> alts = data.altTexts(id);
        Map<Long, List<Picture>> pictures = new LinkedHashMap<>();
        data.pictures(id).forEach(p -> pictures.computeIfAbsent(p.questionId(), k -> new ArrayList<>())
                .add(new Picture(p.id(), alts.getOrDefault(p.id(), Map.of()))));
        List<Question> questions = data.questions(id).stream()
                .map(q -> new Question(q.id(), q.position(), q.type(), texts.getOrDefault(q.id(), Map.of()),
                        pictures.getOrDefault(q.id(), List.of())))
                .toList();
        List<ClassCode> codes = jdbc.sql("""
                select code, district_code, band from consultation_class_code where consultation_id = :id
                order by created_at, code""")
                .param("id", id)
                .query((rs, n) -> new ClassCode(rs.getString(1), rs.getString(2), AgeBand.valueOf(rs.getString(3))))
                .list();
        return new Details(id, head.committeeId(), head.title(), head.status(), head.openWithoutCode(),
                data.bands(id), data.languages(id), data.intros(id), questions, codes, data.feedback(id));
    }

    /** The heading the children see, per band and language; every band and language needs one. */
    public void saveIntros(long id, Map<AgeBand, Map<String, String>> titles) {
        manageable(id);
        Map<AgeBand, Map<String, String>> clean = requireTexts(id, titles, data.bands(id),
                "consultation.staff.intro.error.missing", 200);
        jdbc.sql("delete from consultation_intro where consultation_id = :id").param("id", id).update();
        clean.forEach((band, byLanguage) -> byLanguage.forEach((language, text) -> jdbc.sql("""
                insert into consultation_intro (consultation_id, band, language, title) values (:id, :b, :l, :t)""")
                .param("id", id).param("b", band.name()).param("l", language).param("t", text).update()));
        audit.record(staff.actor(), "consultation.intros_saved", "consultation", String.valueOf(id), null);
    }

    /**
     * Adds a question with its wording for every band that is asked it, in every language of the
     * consultation. A free-text question may leave out the youngest band; the others may not.
     * Picture questions need 2–6 pictures (PNG, JPEG or WebP up to 1 MB), each with an alt text
     * in every language. Nothing is stored unless all of it is right.
     */
    public long addQuestion(long id, QuestionType type, Map<AgeBand, Map<String, String>> texts,
                            List<NewPicture> pictures) {
        Head head = manageable(id);
        if (head.status() != ConsultationStatus.DRAFT) {
            throw new ConsultationException("consultation.staff.question.error.notdraft");
        }
        if (type == null) {
            throw new ConsultationException("consultation.staff.question.error.type");
        }
        List<AgeBand> asked = new ArrayList<>(data.bands(id));
        if (type == QuestionType.FREE_TEXT && (texts == null || !texts.containsKey(AgeBand.B6_9))) {
            asked.remove(AgeBand.B6_9);
        }
        if (asked.isEmpty()) {
            throw new ConsultationException("consultation.staff.question.error.text");
        }
        Map<AgeBand, Map<String, String>> clean = requireTexts(id, texts, asked,
                "consultation.staff.question.error.text", MAX_TEXT);
        List<String> languages = data.languages(id);
        List<Pictures.Clean> cleaned = new ArrayList<>();
        if (type == QuestionType.PICTURE) {
            if (pictures == null || pictures.size() < 2 || pictures.size() > MAX_PICTURES) {
                throw new ConsultationException("consultation.staff.question.error.picturecount");
            }
            for (NewPicture p : pictures) {
                if (p.data() == null || p.data().length > Pictures.MAX_BYTES) {
                    throw new ConsultationException("consultation.staff.question.error.picturesize");
                }
                // Re-encoded here, so that no upload's EXIF (place, device) is ever stored or served.
                Pictures.Clean picture = Pictures.reencode(p.data())
                        .orElseThrow(() -> new ConsultationException("consultation.staff.question.error.picturetype"));
                if (picture.data().length > Pictures.MAX_BYTES) {
                    throw new ConsultationException("consultation.staff.question.error.picturesize");
                }
                cleaned.add(picture);
                for (String language : languages) {
                    String alt = p.altTexts() == null ? null : p.altTexts().get(language);
                    if (alt == null || alt.isBlank() || alt.strip().length() > 200) {
                        throw new ConsultationException("consultation.staff.question.error.alt");
                    }
                }
            }
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from consultation_question where consultation_id = :id")
                .param("id", id).query(Integer.class).single();
        long questionId = jdbc.sql("""
                insert into consultation_question (consultation_id, position, type) values (:id, :p, :t) returning id""")
                .param("id", id).param("p", position).param("t", type.name()).query(Long.class).single();
        clean.forEach((band, byLanguage) -> byLanguage.forEach((language, text) -> jdbc.sql("""
                insert into consultation_question_text (question_id, band, language, text) values (:q, :b, :l, :t)""")
                .param("q", questionId).param("b", band.name()).param("l", language).param("t", text).update()));
        if (type == QuestionType.PICTURE) {
            for (int i = 0; i < pictures.size(); i++) {
                NewPicture p = pictures.get(i);
                long pictureId = jdbc.sql("""
                        insert into consultation_picture (question_id, position, content_type, data)
                        values (:q, :p, :t, :d) returning id""")
                        .param("q", questionId).param("p", i + 1).param("t", cleaned.get(i).contentType()).param("d", cleaned.get(i).data())
                        .query(Long.class).single();
                for (String language : languages) {
                    jdbc.sql("insert into consultation_picture_alt (picture_id, language, alt_text) values (:p, :l, :a)")
                            .param("p", pictureId).param("l", language).param("a", p.altTexts().get(language).strip())
                            .update();
                }
            }
        }
        audit.record(staff.actor(), "consultation.question_added", "consultation", String.valueOf(id),
                type.name() + " #" + position);
        return questionId;
    }

    /** Opens the consultation for answers; it needs headings and at least one question for every band. */
    public void open(long id) {
        Head head = manageable(id);
        if (head.status() == ConsultationStatus.OPEN) {
            return;
        }
        Map<AgeBand, Map<String, String>> intros = data.intros(id);
        List<String> languages = data.languages(id);
        Map<Long, Map<AgeBand, Map<String, String>>> texts = data.questionTexts(id);
        for (AgeBand band : data.bands(id)) {
            if (!intros.getOrDefault(band, Map.of()).keySet().containsAll(languages)) {
                throw new ConsultationException("consultation.staff.status.error.intros");
            }
            if (texts.values().stream().noneMatch(t -> t.containsKey(band))) {
                throw new ConsultationException("consultation.staff.status.error.questions");
            }
        }
        setStatus(id, ConsultationStatus.OPEN);
    }

    public void close(long id) {
        manageable(id);
        setStatus(id, ConsultationStatus.CLOSED);
    }

    private void setStatus(long id, ConsultationStatus status) {
        jdbc.sql("update consultation_consultation set status = :s where id = :id")
                .param("s", status.name()).param("id", id).update();
        audit.record(staff.actor(), "consultation.status", "consultation", String.valueOf(id), status.name());
    }

    /** A new class code for a group in a district and an age band of the consultation. */
    public String createClassCode(long id, String districtCode, AgeBand band) {
        manageable(id);
        if (districtCode == null || register.districts().stream().noneMatch(d -> d.code().equals(districtCode))) {
            throw new ConsultationException("consultation.staff.code.error.district");
        }
        if (band == null || !data.bands(id).contains(band)) {
            throw new ConsultationException("consultation.staff.code.error.band");
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = ClassCodes.next();
            // "on conflict do nothing": a code already taken (by any consultation) is drawn again.
            int rows = jdbc.sql("""
                        insert into consultation_class_code (code, consultation_id, district_code, band, created_at, created_by)
                        values (:c, :id, :d, :b, :at, :by) on conflict (code) do nothing""")
                        .param("c", code).param("id", id).param("d", districtCode).param("b", band.name())
                        .param("at", Timestamp.from(clock.instant())).param("by", staff.actor()).update();
            if (rows == 1) {
                audit.record(staff.actor(), "consultation.code_created", "consultation", String.valueOf(id), code);
                return code;
            }
        }
        throw new ConsultationException("consultation.staff.code.error.full");
    }

    /** Publishes (or replaces) what happened, written for the children of one band, in one language. */
    public void publishFeedback(long id, AgeBand band, String language, String text) {
        manageable(id);
        if (band == null || !data.bands(id).contains(band)) {
            throw new ConsultationException("consultation.staff.feedback.error.band");
        }
        if (language == null || !data.languages(id).contains(language)) {
            throw new ConsultationException("consultation.staff.feedback.error.language");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 4000) {
            throw new ConsultationException("consultation.staff.feedback.error.text");
        }
        jdbc.sql("""
                insert into consultation_feedback (consultation_id, band, language, text, published_at, published_by)
                values (:id, :b, :l, :t, :at, :by)
                on conflict (consultation_id, band, language)
                do update set text = excluded.text, published_at = excluded.published_at, published_by = excluded.published_by""")
                .param("id", id).param("b", band.name()).param("l", language).param("t", clean)
                .param("at", Timestamp.from(clock.instant())).param("by", staff.actor()).update();
        audit.record(staff.actor(), "consultation.feedback_published", "consultation", String.valueOf(id),
                band.name() + "/" + language);
    }

    /**
     * The results per band and district, every figure already suppressed when it rests on fewer
     * than five answers. The question text is the wording of the band in the first language.
     */
    @Transactional(readOnly = true)
    public List<Cell> results(long id) {
        manageable(id);
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
                            && java.util.Objects.equals(c.district(), g.district())) {
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
    @Transactional(readOnly = true)
    public List<FreeText> freeTexts(long id) {
        manageable(id);
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
    public void removeFreeText(long id, UUID responseId, long questionId) {
        manageable(id);
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

    /** A picture of a consultation the person manages (for the staff preview). */
    @Transactional(readOnly = true)
    public Optional<PictureFile> picture(long pictureId) {
        return data.picture(pictureId).filter(p -> mayManage(p.consultationId()))
                .map(p -> new PictureFile(p.data(), p.contentType()));
    }

    private boolean mayManage(long consultationId) {
        return data.head(consultationId).map(h -> staff.mayActFor(StaffRole.HANDLER, h.committeeId())).orElse(false);
    }

    private Head manageable(long id) {
        Head head = data.head(id).orElseThrow(() -> new ConsultationException("consultation.staff.error.notfound"));
        requireHandler(head.committeeId());
        return head;
    }

    private void requireHandler(long committeeId) {
        if (!staff.mayActFor(StaffRole.HANDLER, committeeId)) {
            throw new ConsultationException("consultation.staff.error.forbidden");
        }
    }

    private Map<AgeBand, Map<String, String>> requireTexts(long id, Map<AgeBand, Map<String, String>> texts,
                                                           List<AgeBand> bands, String errorKey, int max) {
        List<String> languages = data.languages(id);
        Map<AgeBand, Map<String, String>> clean = new EnumMap<>(AgeBand.class);
        for (AgeBand band : bands) {
            Map<String, String> byLanguage = texts == null ? null : texts.get(band);
            for (String language : languages) {
                String text = byLanguage == null ? null : byLanguage.get(language);
                if (text == null || text.isBlank() || text.strip().length() > max) {
                    throw new ConsultationException(errorKey);
                }
                clean.computeIfAbsent(band, b -> new LinkedHashMap<>()).put(language, text.strip());
            }
        }
        return clean;
    }
    /**
     * For follow-up: the answers children gave, per age band, to the committee's consultations
     * created in {@code [from, to)} (answers carry no time, by design). The whole city
     * ({@code null}) is for administrators. Counts only; follow-up suppresses small cells.
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Map<AgeBand, Long> responsesByBand(Long committeeId, java.time.LocalDate from, java.time.LocalDate to) {
        if (committeeId == null ? !staff.isAdmin() : !staff.mayActFor(se.medverka.shared.security.StaffRole.HANDLER, committeeId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your committee");
        }
        java.util.Map<AgeBand, Long> out = new java.util.EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            out.put(b, 0L);
        }
        jdbc.sql("""
                select r.band, count(*) from consultation_response r
                join consultation_consultation c on c.id = r.consultation_id
                where c.created_at >= :fromAt and c.created_at < :toAt
                  and (cast(:committee as bigint) is null or c.committee_id = :committee)
                group by r.band""")
                .param("committee", committeeId, java.sql.Types.BIGINT)
                .param("fromAt", java.sql.Timestamp.from(from.atStartOfDay(se.medverka.shared.i18n.Formats.ZONE).toInstant()))
                .param("toAt", java.sql.Timestamp.from(to.atStartOfDay(se.medverka.shared.i18n.Formats.ZONE).toInstant()))
                .query(rs -> {
                    out.put(AgeBand.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }
}
