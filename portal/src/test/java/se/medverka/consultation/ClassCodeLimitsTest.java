package se.medverka.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.limits.LimitReached;
import se.medverka.testsupport.StaffFixtures;

/** A class code admits its class and no more, stops when the consultation closes, and cannot be guessed at speed. */
@SpringBootTest
class ClassCodeLimitsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Consultations consultations;
    @Autowired ConsultationQuestions questions;
    @Autowired ChildConsultations children;
    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private long open(long committee) {
        return StaffFixtures.asHandler("code-handler", committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Skolgården", committee,
                    EnumSet.of(AgeBand.B10_12), List.of("sv"), false));
            consultations.saveIntros(id, Map.of(AgeBand.B10_12, Map.of("sv", "Skolgården")));
            questions.addQuestion(id, QuestionType.SMILEY, Map.of(AgeBand.B10_12, Map.of("sv", "Hur är skolgården?")), List.of());
            consultations.open(id);
            return id;
        });
    }

    private long question(String code) {
        return children.byCode(code, "sv").orElseThrow().questions().getFirst().id();
    }

    private int responses(long id) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private static String newAddress() {
        return "203.0.113." + NEXT.incrementAndGet();
    }

    @Test
    void aFullClassStopsAndTheRefusedAnswerStoresNothing() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = open(committee);
        String code = StaffFixtures.asHandler("code-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12, 3));
        long q = question(code);
        for (int child = 0; child < 3; child++) {
            children.submit(children.entry(code).orElseThrow(), Map.of(q, "4"));
        }
        var entry = children.entry(code).orElseThrow();
        assertThatThrownBy(() -> children.submit(entry, Map.of(q, "5")))
                .isInstanceOf(ConsultationException.class).hasMessage("consultation.answer.send.error.classfull");
        assertThat(responses(id)).isEqualTo(3);
        var shown = StaffFixtures.asHandler("code-handler", committee, () -> consultations.details(id)).codes();
        assertThat(shown).singleElement().satisfies(c -> {
            assertThat(c.maxAnswers()).isEqualTo(3);
            assertThat(c.answers()).isEqualTo(3);
        });
        // A refused answer does not use up a place: a bad one leaves the count where it was.
        String other = StaffFixtures.asHandler("code-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12, 1));
        assertThatThrownBy(() -> children.submit(children.entry(other).orElseThrow(), Map.of(q, "9")))
                .isInstanceOf(ConsultationException.class);
        children.submit(children.entry(other).orElseThrow(), Map.of(q, "3"));
        assertThat(responses(id)).isEqualTo(4);
    }

    @Test
    void aClassCodeAdmitsThirtyFiveUnlessStaffSetAnotherNumberWithinBounds() {
        long committee = fixtures.committeeId("sdn-farsta");
        long id = open(committee);
        StaffFixtures.asHandler("code-handler", committee, () -> consultations.createClassCode(id, "farsta", AgeBand.B10_12));
        assertThat(StaffFixtures.asHandler("code-handler", committee, () -> consultations.details(id)).codes())
                .singleElement().extracting(Consultations.ClassCode::maxAnswers).isEqualTo(35);
        for (Integer wrong : new Integer[] {0, -1, 1001, null}) {
            assertThatThrownBy(() -> StaffFixtures.asHandler("code-handler", committee,
                    () -> consultations.createClassCode(id, "farsta", AgeBand.B10_12, wrong)))
                    .isInstanceOf(ConsultationException.class).hasMessage("consultation.staff.code.error.max");
        }
    }

    @Test
    void aClosedConsultationsCodeAdmitsNoMoreAnswers() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = open(committee);
        String code = StaffFixtures.asHandler("code-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12));
        long q = question(code);
        var entry = children.entry(code).orElseThrow();
        StaffFixtures.asHandler("code-handler", committee, () -> {
            consultations.close(id);
            return null;
        });
        assertThat(children.byCode(code, "sv").orElseThrow().open()).isFalse();
        assertThatThrownBy(() -> children.submit(entry, Map.of(q, "4")))
                .isInstanceOf(ConsultationException.class).hasMessage("consultation.answer.send.error.closed");
        assertThat(responses(id)).isZero();
        assertThat(jdbc.sql("select answers from consultation_class_code where code = :c").param("c", code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void guessingCodesFromOneAddressIsThrottledButAWholeClassTypingTheRightCodeIsNot() {
        long committee = fixtures.committeeId("sdn-bromma");
        long id = open(committee);
        String code = StaffFixtures.asHandler("code-handler", committee,
                () -> consultations.createClassCode(id, "bromma", AgeBand.B10_12));
        String school = newAddress();
        ClientAddress.as(school, () -> {
            for (int child = 0; child < 40; child++) {
                assertThat(children.entry(code.toLowerCase())).isPresent();
            }
            for (int guess = 0; guess < 30; guess++) {
                assertThat(children.entry("QQQQ-" + (22 + guess % 8))).isEmpty();
            }
            return null;
        });
        String guesser = school;
        assertThatThrownBy(() -> ClientAddress.as(guesser, () -> children.entry(code)))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.limit()).isEqualTo(Limit.CLASS_CODE));
        assertThat(ClientAddress.as(newAddress(), () -> children.entry(code))).isPresent();
    }
}
