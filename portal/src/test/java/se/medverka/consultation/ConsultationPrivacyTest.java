package se.medverka.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.consultation.ChildConsultations.Entry;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/** On the real PostgreSQL: answers keep nothing identifying; access is the committee's; bad input stores nothing. */
@SpringBootTest
class ConsultationPrivacyTest {

    @Autowired Consultations consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired ChildConsultations children;
    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private long openConsultation(String handler, long committee) {
        return StaffFixtures.asHandler(handler, committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Parker", committee,
                    EnumSet.of(AgeBand.B6_9, AgeBand.B10_12), List.of("sv", "se"), true));
            consultations.saveIntros(id, texts("Parken", "Parka"));
            questions.addQuestion(id, QuestionType.SMILEY, texts("Hur känns parken?", "Mo dovdo parka?"), List.of());
            questions.addQuestion(id, QuestionType.FREE_TEXT, Map.of(AgeBand.B10_12, Map.of("sv", "Vad vill du ändra?", "se", "Maid háliidat rievdadit?")), List.of());
            consultations.open(id);
            return id;
        });
    }

    private static Map<AgeBand, Map<String, String>> texts(String sv, String se) {
        Map<AgeBand, Map<String, String>> t = new LinkedHashMap<>();
        t.put(AgeBand.B6_9, Map.of("sv", sv, "se", se));
        t.put(AgeBand.B10_12, Map.of("sv", sv, "se", se));
        return t;
    }

    @Test
    void noAnswerRowHoldsAnythingThatIdentifiesAChild() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = openConsultation("privacy-handler", committee);
        String code = StaffFixtures.asHandler("privacy-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12));
        var entry = children.entry(code).orElseThrow();
        var view = children.byCode(code, "sv").orElseThrow();
        children.submit(entry, Map.of(view.questions().get(0).id(), "4", view.questions().get(1).id(), "Fler gungor"));

        List<String> responseColumns = columns("consultation_response");
        List<String> answerColumns = columns("consultation_answer");
        assertThat(responseColumns).containsExactlyInAnyOrder("id", "consultation_id", "band", "district_code");
        assertThat(answerColumns).containsExactlyInAnyOrder("response_id", "question_id", "choice", "free_text", "moderation");
        for (String forbidden : List.of("name", "ip", "address", "email", "mail", "code", "time", "created", "session", "agent")) {
            assertThat(responseColumns).noneMatch(c -> c.contains(forbidden) && !c.equals("district_code"));
            assertThat(answerColumns).noneMatch(c -> c.contains(forbidden));
        }
        Map<String, Object> row = jdbc.sql("select * from consultation_response where consultation_id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("band", "B10_12").containsEntry("district_code", "bromma");
        assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(code) || String.valueOf(v).contains("127.0.0.1"));
        List<Map<String, Object>> answers = jdbc.sql("""
                select a.* from consultation_answer a join consultation_response r on r.id = a.response_id
                where r.consultation_id = :id""").param("id", id).query().listOfRows();
        assertThat(answers).hasSize(2);
        assertThat(answers).flatMap(Map::values).noneMatch(v -> String.valueOf(v).contains(code));
    }

    @Test
    void badAnswersStoreNothingAndSkippedQuestionsAreAllowed() {
        long committee = fixtures.committeeId("sdn-farsta");
        long id = openConsultation("privacy-handler2", committee);
        var view = children.withoutCode(id, AgeBand.B6_9, "se").orElseThrow();
        assertThat(view.questions()).hasSize(1).first().extracting(ChildConsultations.ChildQuestion::text).isEqualTo("Mo dovdo parka?");
        Entry entry = new Entry(id, AgeBand.B6_9, null);
        int before = count(id);
        assertThatThrownBy(() -> children.submit(entry, Map.of(view.questions().getFirst().id(), "9")))
                .isInstanceOf(ConsultationException.class);
        assertThat(count(id)).isEqualTo(before);
        children.submit(entry, Map.of());
        assertThat(count(id)).isEqualTo(before + 1);
    }

    @Test
    void onlyTheCommitteesHandlersManageAConsultation() {
        long bromma = fixtures.committeeId("sdn-bromma");
        long farsta = fixtures.committeeId("sdn-farsta");
        long id = openConsultation("privacy-handler3", bromma);
        assertThatThrownBy(() -> StaffFixtures.asHandler("other", farsta, () -> consultations.details(id)))
                .isInstanceOf(ConsultationException.class).hasMessage("consultation.staff.error.forbidden");
        assertThat(StaffFixtures.asHandler("other", farsta, () -> consultations.mine()))
                .noneMatch(s -> s.id() == id);
    }

    @Test
    void aPictureQuestionNeedsRealPicturesWithAltTexts() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = StaffFixtures.asHandler("pic-handler", committee, () -> consultations.create(
                new Consultations.NewConsultation("Bilder", committee, Set.of(AgeBand.B10_12), List.of("sv"), false)));
        Map<AgeBand, Map<String, String>> q = Map.of(AgeBand.B10_12, Map.of("sv", "Vilken lekplats?"));
        byte[] notAnImage = "<svg onload=alert(1)>........".getBytes();
        assertThatThrownBy(() -> StaffFixtures.asHandler("pic-handler", committee, () -> questions.addQuestion(id,
                QuestionType.PICTURE, q, List.of(new ConsultationQuestions.NewPicture(notAnImage, Map.of("sv", "a")),
                        new ConsultationQuestions.NewPicture(notAnImage, Map.of("sv", "b"))))))
                .hasMessage("consultation.staff.question.error.picturetype");
        assertThat(jdbc.sql("select count(*) from consultation_question where consultation_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = :t")
                .param("t", table).query(String.class).list();
    }

    private int count(long id) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = :id")
                .param("id", id).query(Integer.class).single();
    }
}
