package se.medverka.journeys.defects;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.ConsultationQuestions;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.QuestionType;
import se.medverka.testsupport.StaffFixtures;

/** An open children's consultation in Swedish only, with one smiley question, and a class code for it. */
@Component
class ChildTestData {

    static final String QUESTION = "Hur känns det i parken?";

    private final Consultations consultations;
    private final ConsultationQuestions questions;
    private final StaffFixtures fixtures;

    ChildTestData(Consultations consultations, ConsultationQuestions questions, StaffFixtures fixtures) {
        this.consultations = consultations;
        this.questions = questions;
        this.fixtures = fixtures;
    }

    /** Makes the consultation and returns a class code for 6–9 in Bromma. */
    String swedishSmileyClassCode() {
        long committee = fixtures.committeeId("sdn-bromma");
        return StaffFixtures.asHandler("defects-children", committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Parken " + System.nanoTime(), committee,
                    EnumSet.of(AgeBand.B6_9), List.of("sv"), false));
            Map<AgeBand, Map<String, String>> intro = new LinkedHashMap<>();
            intro.put(AgeBand.B6_9, Map.of("sv", "Parken där du bor"));
            consultations.saveIntros(id, intro);
            Map<AgeBand, Map<String, String>> question = new LinkedHashMap<>();
            question.put(AgeBand.B6_9, Map.of("sv", QUESTION));
            questions.addQuestion(id, QuestionType.SMILEY, question, List.of());
            consultations.open(id);
            return consultations.createClassCode(id, "bromma", AgeBand.B6_9);
        });
    }
}
