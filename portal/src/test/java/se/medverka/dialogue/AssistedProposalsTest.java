package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/** A proposal registered by staff for a resident: a case like a web proposal, the channel stored, the staff member only in the audit trail. */
@SpringBootTest
class AssistedProposalsTest {

    @Autowired DialogueProposals proposals;
    @Autowired DialogueAdmin admin;
    @Autowired Dialogues dialogues;
    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;
    @Autowired DialogueFigures figures;

    @Test
    void staffRegisterAPhoneProposalInFinnish() {
        long committee = staff.committeeId("sdn-bromma");
        long dialogue = StaffFixtures.asAdmin(() -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
        long posts = count();

        DialogueProposals.Receipt receipt = asLibraryStaff(() -> proposals.proposeAssisted(dialogue, "Penkkejä puistoon",
                "Puistoon tarvitaan lisää penkkejä, joilla vanhukset voivat levätä.", null, Language.FI, "PHONE"));

        assertThat(receipt.caseNumber()).isNotBlank();
        Map<String, Object> row = jdbc.sql("select channel, language, case_number, case_id from dialogue_post where id = :id")
                .param("id", receipt.postId()).query().singleRow();
        assertThat(row).containsEntry("channel", "PHONE").containsEntry("language", "fi")
                .containsEntry("case_number", receipt.caseNumber());
        assertThat(jdbc.sql("select kind from routing_case where id = :id").param("id", row.get("case_id"))
                .query(String.class).single()).isEqualTo("DIALOGUE_PROPOSAL");
        // Public like any proposal (post-moderation), without a word about who registered it.
        List<Dialogues.Post> shown = dialogues.proposals(dialogue, Dialogues.Order.NEWEST, 0, 10);
        assertThat(shown).extracting(Dialogues.Post::title).contains("Penkkejä puistoon");
        assertThat(shown.toString()).doesNotContain("library-helper");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'library-helper' and action = 'PROPOSAL_ASSISTED' and subject_id = :id")
                .param("id", String.valueOf(receipt.postId())).query(Long.class).single()).isEqualTo(1);

        // Follow-up counts it under its channel, for the dialogue's committee.
        java.time.LocalDate today = se.medverka.shared.time.CityTime.today(java.time.Clock.systemUTC());
        Map<String, Long> perChannel = StaffFixtures.asHandler("bromma-handler", committee,
                () -> figures.proposalsPerChannel(committee, today, today.plusDays(1)));
        assertThat(perChannel.get("PHONE")).isGreaterThanOrEqualTo(1L);

        // Bad input stores nothing; a resident cannot call it.
        assertThatThrownBy(() -> asLibraryStaff(() -> proposals.proposeAssisted(dialogue, "Otsikko", "Teksti", null, Language.FI, "WEB")))
                .isInstanceOf(DialogueException.class).hasFieldOrPropertyWithValue("messageKey", "dialogue.assisted.channel.error.required");
        assertThatThrownBy(() -> asLibraryStaff(() -> proposals.proposeAssisted(dialogue, " ", "Teksti", null, Language.FI, "VISIT")))
                .isInstanceOf(DialogueException.class).hasFieldOrPropertyWithValue("messageKey", "dialogue.proposal.title.error.required");
        assertThatThrownBy(() -> proposals.proposeAssisted(dialogue, "Otsikko", "Teksti", null, Language.FI, "PHONE"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(count()).isEqualTo(posts + 1);
    }

    private long count() {
        return jdbc.sql("select count(*) from dialogue_post").query(Long.class).single();
    }

    private static <T> T asLibraryStaff(java.util.function.Supplier<T> work) {
        // A moderator of another committee: assisted registration is open to any staff member with a desk.
        return StaffFixtures.as("library-helper", List.of(StaffRole.MODERATOR.authority(),
                StaffRole.MODERATOR.scopedAuthority(1L)), work);
    }
}
