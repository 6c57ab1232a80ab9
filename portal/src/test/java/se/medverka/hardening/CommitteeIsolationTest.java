package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueResults;
import se.medverka.dialogue.ModerationMode;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Period;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;

/**
 * Committee isolation in the complaint and dialogue services (routing's own is {@code CaseIsolationTest}):
 * a handler of another committee reaches nothing by the real id nor by guessed ids around it.
 */
@SpringBootTest
class CommitteeIsolationTest {

    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired DialogueAdmin dialogueAdmin;
    @Autowired DialogueResults dialogueResults;
    @Autowired FollowUp followUp;
    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void anotherCommitteesHandlerReachesNoComplaintByIdOrGuess() {
        var receipt = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta", "Biblioteket",
                null, "Isolerad text", List.of("age"), null, "PIN", null, null, "sv", "", Instant.now().minusSeconds(60)),
                "10.77.0.1");
        long culture = fixtures.committeeId("kulturnamnden");
        long traffic = fixtures.committeeId("trafiknamnden");
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);

        assertThat(StaffFixtures.asHandler("iso-culture", culture, () -> handling.read(caseId))).as("control").isPresent();
        StaffFixtures.asHandler("iso-traffic", traffic, () -> {
            for (long guess = Math.max(1, caseId - 25); guess <= caseId + 25; guess++) {
                assertThat(handling.read(guess)).as("guessed case id %d", guess)
                        .satisfiesAnyOf(d -> assertThat(d).isEmpty(),
                                d -> assertThat(cases.find(d.orElseThrow().caseId())).isPresent());
            }
            assertThat(handling.read(caseId)).isEmpty();
            assertThat(handling.mine()).noneMatch(c -> c.id() == caseId);
            assertThatThrownBy(() -> handling.addNote(caseId, "x")).hasMessageContaining("complaint.case.error.notfound");
            assertThatThrownBy(() -> handling.answer(caseId, "x", "sv")).hasMessageContaining("complaint.case.error.notfound");
            assertThatThrownBy(() -> handling.changeState(caseId, CaseState.IN_PROGRESS)).hasMessageContaining("notfound");
            assertThatThrownBy(() -> handling.templates(caseId)).hasMessageContaining("complaint.case.error.notfound");
            return null;
        });
        assertThat(StaffFixtures.asHandler("iso-culture", culture, () -> cases.status(caseId).orElseThrow().state()))
                .as("nothing changed").isEqualTo(CaseState.ASSIGNED);
    }

    @Test
    void anotherCommitteesStaffReachNoDialogueByIdOrGuess() {
        long farsta = fixtures.committeeId("sdn-farsta");
        long culture = fixtures.committeeId("kulturnamnden");
        long id = staff(farsta, () -> dialogueAdmin.create(new DialogueAdmin.Draft(farsta,
                Map.of("sv", new DialogueAdmin.Texts("Isolerad", "Sammanfattning", "Text.")), Set.of("farsta"),
                Set.of("child_rights"), Set.of("participation_influence"), LocalDate.now(CityTime.ZONE).minusDays(1),
                LocalDate.now(CityTime.ZONE).plusDays(30), true, true, true, ModerationMode.PRE, 3)));
        assertThat(staff(farsta, () -> dialogueAdmin.load(id))).as("control").isPresent();
        staff(culture, () -> {
            assertThat(dialogueAdmin.load(id)).isEmpty();
            assertThat(dialogueAdmin.list()).noneMatch(s -> s.id() == id);
            for (long guess = Math.max(1, id - 25); guess <= id + 25; guess++) {
                long g = guess;
                dialogueAdmin.load(g).ifPresent(e -> assertThat(e.draft().committeeId()).as("guess %d", g).isEqualTo(culture));
            }
            assertThatThrownBy(() -> dialogueAdmin.publish(id)).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> dialogueResults.results(id)).isInstanceOf(RuntimeException.class);
            // The answers export and the follow-up figures (the CSV downloads) are paths too.
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            assertThatThrownBy(() -> dialogueResults.writeCsv(id, csv)).isInstanceOf(RuntimeException.class);
            assertThat(csv.size()).as("not one byte of the export").isZero();
            assertThatThrownBy(() -> followUp.figures(farsta, Period.year(LocalDate.now(CityTime.ZONE).getYear())))
                    .isInstanceOf(RuntimeException.class);
            return null;
        });
        assertThat(staff(farsta, () -> dialogueAdmin.load(id).orElseThrow().status().name())).isEqualTo("DRAFT");
    }

    private static <T> T staff(long committee, java.util.function.Supplier<T> work) {
        return StaffFixtures.as("iso-dlg-" + committee, List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(committee), StaffRole.MODERATOR.scopedAuthority(committee)), work);
    }
}
