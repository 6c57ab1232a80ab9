package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import se.medverka.dialogue.DialogueAnswers.Answer;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;

/** Answers registered by staff for a resident: stored like web answers, the channel kept, the staff member only in the audit trail. */
@SpringBootTest
class AssistedAnswersTest {

    @Autowired DialogueAnswers answers;
    @Autowired DialogueAdmin admin;
    @Autowired Dialogues dialogues;
    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;
    @Autowired DialogueFigures figures;

    @Test
    void staffRegisterAResidentsAnswersGivenOnThePhoneInFinnish() {
        long committee = staff.committeeId("sdn-bromma");
        long dialogue = StaffFixtures.asAdmin(() -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
        List<Dialogues.Question> questions = dialogues.page(dialogue, Language.FI).orElseThrow().questions();
        long choice = questions.get(0).id();
        long free = questions.get(3).id();
        LocalDate today = CityTime.today(Clock.systemUTC());
        long phoneBefore = phoneAnswers(committee, today);
        long stored = count();

        long participant = asLibraryStaff(() -> answers.answerAssisted(dialogue,
                Map.of(choice, new Answer(null, Set.of(1), null), free, new Answer("Lisää valoja polulle.", null, null)),
                null, Language.FI, "PHONE"));

        assertThat(jdbc.sql("select channel from dialogue_participant where id = :id").param("id", participant)
                .query(String.class).single()).isEqualTo("PHONE");
        assertThat(jdbc.sql("select language, choice from dialogue_answer where participant_id = :id and question_id = :q")
                .param("id", participant).param("q", choice).query().singleRow())
                .containsEntry("language", "fi").containsEntry("choice", 1);
        assertThat(count()).isEqualTo(stored + 2);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'library-helper' and action = 'ANSWERS_ASSISTED' and subject_id = :id")
                .param("id", String.valueOf(participant)).query(Long.class).single()).isEqualTo(1);
        // Follow-up counts the visit under its channel, for the dialogue's committee.
        assertThat(phoneAnswers(committee, today)).isEqualTo(phoneBefore + 1);
    }

    @Test
    void badInputStoresNothingAndAResidentCannotActAsStaff() {
        long committee = staff.committeeId("sdn-bromma");
        long dialogue = StaffFixtures.asAdmin(() -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
        long free = dialogues.page(dialogue, Language.SV).orElseThrow().questions().get(3).id();
        Map<Long, Answer> one = Map.of(free, new Answer("Mer belysning.", null, null));
        long stored = count();
        long participants = participants();

        assertThatThrownBy(() -> asLibraryStaff(() -> answers.answerAssisted(dialogue, one, null, Language.SV, "WEB")))
                .isInstanceOf(DialogueException.class).hasFieldOrPropertyWithValue("messageKey", "dialogue.assisted.channel.error.required");
        assertThatThrownBy(() -> asLibraryStaff(() -> answers.answerAssisted(dialogue, Map.of(free, new Answer(" ", null, null)),
                null, Language.SV, "VISIT")))
                .isInstanceOf(DialogueException.class).hasFieldOrPropertyWithValue("messageKey", "dialogue.page.answers.error.empty");
        assertThatThrownBy(() -> asLibraryStaff(() -> answers.answerAssisted(dialogue, one, "inte en adress", Language.SV, "LETTER")))
                .isInstanceOf(DialogueException.class).hasFieldOrPropertyWithValue("messageKey", "dialogue.page.email.error.invalid");
        assertThatThrownBy(() -> answers.answerAssisted(dialogue, one, null, Language.SV, "PHONE"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(count()).isEqualTo(stored);
        assertThat(participants()).isEqualTo(participants);
    }

    private long phoneAnswers(long committee, LocalDate today) {
        return StaffFixtures.asHandler("bromma-handler", committee,
                () -> figures.answersPerChannel(committee, today, today.plusDays(1))).getOrDefault("PHONE", 0L);
    }

    private long count() {
        return jdbc.sql("select count(*) from dialogue_answer").query(Long.class).single();
    }

    private long participants() {
        return jdbc.sql("select count(*) from dialogue_participant").query(Long.class).single();
    }

    private static <T> T asLibraryStaff(java.util.function.Supplier<T> work) {
        return StaffFixtures.as("library-helper", List.of(StaffRole.MODERATOR.authority(),
                StaffRole.MODERATOR.scopedAuthority(1L)), work);
    }
}
