package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/** The reach figures a dialogue's own staff see under its results: only that dialogue, small cells suppressed. */
@SpringBootTest
class DialogueReachResultsTest {

    @Autowired Reach reach;
    @Autowired DialogueAdmin admin;
    @Autowired StaffFixtures staff;

    @Test
    void aDialoguesStaffSeeItsReachWithSmallCellsSuppressed() {
        long committee = staff.committeeId("sdn-farsta");
        long dialogue = published(committee);
        long otherDialogue = published(committee);
        for (int i = 0; i < 6; i++) {
            reach.record(dialogue, "30_49", "woman", null, "10.21.0." + i);
        }
        reach.record(dialogue, "80plus", "other", null, "10.21.0.90");
        reach.record(dialogue, "under18", "man", null, "10.21.0.91");
        // Another dialogue of the same committee does not count here.
        for (int i = 0; i < 6; i++) {
            reach.record(otherDialogue, "65_79", "man", null, "10.21.1." + i);
        }

        List<Reach.Breakdown> seen = asModerator(committee, () -> reach.ofDialogue(dialogue));
        Map<String, Reach.Breakdown> byQuestion = new HashMap<>();
        seen.forEach(b -> byQuestion.put(b.question(), b));
        assertThat(byQuestion.get("AGE").cells().get("30_49").value()).isEqualTo(6);
        assertThat(byQuestion.get("AGE").cells().get("80plus").suppressed()).isTrue();
        assertThat(byQuestion.get("AGE").cells().get("65_79").value()).isZero();
        assertThat(byQuestion.get("GENDER").cells().get("other").suppressed()).isTrue();
        assertThat(byQuestion.get("GENDER").cells().get("man").suppressed()).isTrue();
        assertThat(byQuestion.get("GENDER").total().value()).isEqualTo(8);
        assertThat(asModerator(committee, () -> reach.minCell())).isGreaterThanOrEqualTo(3);

        // Staff of another committee get "not found", as for the dialogue's results.
        long other = staff.committeeId("kulturnamnden");
        assertThatThrownBy(() -> asModerator(other, () -> reach.ofDialogue(dialogue))).isInstanceOf(DialogueException.class);
    }

    private long published(long committee) {
        return StaffFixtures.asAdmin(() -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
    }

    private static <T> T asModerator(long committee, java.util.function.Supplier<T> work) {
        return StaffFixtures.as("reach-moderator", List.of(StaffRole.MODERATOR.authority(),
                StaffRole.MODERATOR.scopedAuthority(committee)), work);
    }
}
