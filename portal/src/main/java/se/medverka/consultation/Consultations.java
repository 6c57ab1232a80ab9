package se.medverka.consultation;

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
import se.medverka.consultation.internal.ClassCodes;
import se.medverka.consultation.internal.ConsultationData;
import se.medverka.consultation.internal.ConsultationData.Head;
import se.medverka.consultation.internal.ConsultationStaff;
import se.medverka.consultation.internal.Wording;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * Administering children's consultations: create them, word the questions per band and language,
 * open and close them, hand out class codes and publish what happened. A consultation belongs to a
 * committee; only its handlers (and administrators) may see or change it — checked here for every
 * call. Questions are added through {@link ConsultationQuestions}, results read through {@link ConsultationResults}, follow-up's counts through
 * {@link ConsultationFigures}.
 */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional
public class Consultations {


    private final JdbcClient jdbc;
    private final ConsultationData data;
    private final ConsultationStaff access;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final RoutingRegister register;
    private final Clock clock;

    Consultations(JdbcClient jdbc, ConsultationData data, ConsultationStaff access, CurrentStaff staff, AuditLog audit,
                  RoutingRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.access = access;
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

    public record ClassCode(String code, String districtCode, AgeBand band) {
    }

    public record Details(long id, long committeeId, String title, ConsultationStatus status, boolean openWithoutCode,
                          List<AgeBand> bands, List<String> languages, Map<AgeBand, Map<String, String>> intros,
                          List<Question> questions, List<ClassCode> codes, Map<AgeBand, Map<String, String>> feedback) {
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
        access.requireHandler(n.committeeId());
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
        Head head = access.manageable(id);
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
        access.manageable(id);
        Map<AgeBand, Map<String, String>> clean = Wording.require(data.languages(id), titles, data.bands(id),
                "consultation.staff.intro.error.missing", 200);
        jdbc.sql("delete from consultation_intro where consultation_id = :id").param("id", id).update();
        clean.forEach((band, byLanguage) -> byLanguage.forEach((language, text) -> jdbc.sql("""
                insert into consultation_intro (consultation_id, band, language, title) values (:id, :b, :l, :t)""")
                .param("id", id).param("b", band.name()).param("l", language).param("t", text).update()));
        audit.record(staff.actor(), "consultation.intros_saved", "consultation", String.valueOf(id), null);
    }

    /** Opens the consultation for answers; it needs headings and at least one question for every band. */
    public void open(long id) {
        Head head = access.manageable(id);
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
        access.manageable(id);
        setStatus(id, ConsultationStatus.CLOSED);
    }

    private void setStatus(long id, ConsultationStatus status) {
        jdbc.sql("update consultation_consultation set status = :s where id = :id")
                .param("s", status.name()).param("id", id).update();
        audit.record(staff.actor(), "consultation.status", "consultation", String.valueOf(id), status.name());
    }

    /** A new class code for a group in a district and an age band of the consultation. */
    public String createClassCode(long id, String districtCode, AgeBand band) {
        access.manageable(id);
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
        access.manageable(id);
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


}
