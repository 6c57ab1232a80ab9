package se.medverka.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.consultation.internal.ConsultationData;
import se.medverka.consultation.internal.ConsultationData.Head;
import se.medverka.consultation.internal.ConsultationStaff;
import se.medverka.consultation.internal.Pictures;
import se.medverka.consultation.internal.Wording;
import se.medverka.shared.security.CurrentStaff;

/**
 * A draft consultation's questions, as its committee's handlers write them: wording per band and
 * language, and for picture questions the pictures with their alt texts.
 */
@Service
@PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
@Transactional
public class ConsultationQuestions {

    public static final int MAX_PICTURES = 6;
    private static final int MAX_TEXT = 300;

    private final JdbcClient jdbc;
    private final ConsultationData data;
    private final ConsultationStaff access;
    private final CurrentStaff staff;
    private final AuditLog audit;

    ConsultationQuestions(JdbcClient jdbc, ConsultationData data, ConsultationStaff access, CurrentStaff staff,
                          AuditLog audit) {
        this.jdbc = jdbc;
        this.data = data;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
    }

    /** A picture as uploaded, with its alt text per language code. */
    public record NewPicture(byte[] data, Map<String, String> altTexts) {
    }

    /**
     * Adds a question with its wording for every band that is asked it, in every language of the
     * consultation. A free-text question may leave out the youngest band; the others may not.
     * Picture questions need 2–6 pictures (PNG, JPEG or WebP up to 1 MB), each with an alt text
     * in every language. Nothing is stored unless all of it is right.
     */
    public long addQuestion(long id, QuestionType type, Map<AgeBand, Map<String, String>> texts,
                            List<NewPicture> pictures) {
        Head head = access.manageable(id);
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
        List<String> languages = data.languages(id);
        Map<AgeBand, Map<String, String>> clean = Wording.require(languages, texts, asked,
                "consultation.staff.question.error.text", MAX_TEXT);
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

    /** A picture of a consultation the person manages (for the staff preview). */
    @Transactional(readOnly = true)
    public Optional<PictureFile> picture(long pictureId) {
        return data.picture(pictureId).filter(p -> access.mayManage(p.consultationId()))
                .map(p -> new PictureFile(p.data(), p.contentType()));
    }
}
