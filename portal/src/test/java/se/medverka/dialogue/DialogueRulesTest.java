package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.DialogueAnswers.Answer;
import se.medverka.dialogue.Dialogues.Order;
import se.medverka.dialogue.DialogueProposals.Receipt;
import se.medverka.notification.internal.MailDispatcher;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.AuditTrail;

/** The dialogue rules on the real PostgreSQL: states, question locking, moderation, flags, isolation, SQL per render. */
@SpringBootTest
// Its own context (the counting DataSource); closed afterwards so that it costs the later tests nothing.
@DirtiesContext
class DialogueRulesTest {

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired DialogueAdmin admin;
    @Autowired Dialogues dialogues;
    @Autowired DialogueAnswers answering;
    @Autowired DialogueProposals proposing;
    @Autowired DialogueReactions reactions;
    @Autowired DialogueResults results;
    @Autowired Moderation moderation;
    @Autowired RoutingRegister register;
    @Autowired AuditTrail auditTrail;
    @Autowired JdbcClient jdbc;
    @Autowired MailDispatcher dispatcher;

    /**
     * Every proposal opens a case that routing handles asynchronously; wait until that work is done
     * so that none of it is left to the tests that run after this class.
     */
    @AfterEach
    void letRoutingFinish() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    private long committee(String code) {
        return register.committeeByCode(code).orElseThrow().id();
    }

    private static <T> T asStaff(long committee, java.util.function.Supplier<T> work) {
        return StaffFixtures.as("dlg-staff", List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(committee), StaffRole.MODERATOR.scopedAuthority(committee)), work);
    }

    private long published(long committee, ModerationMode mode, int threshold) {
        return asStaff(committee, () -> {
            long id = admin.create(DialogueTestData.draft(committee, mode, threshold));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
    }

    @Test
    void aDialogueMovesDraftPublishedClosedFeedbackAndNoOtherWay() {
        long c = committee("sdn-farsta");
        long id = asStaff(c, () -> admin.create(DialogueTestData.draft(c, ModerationMode.POST, 3)));
        assertThat(dialogues.page(id, Language.SV)).as("drafts are not public").isEmpty();
        asStaff(c, () -> {
            assertThatThrownBy(() -> admin.close(id)).hasMessage("dialogue.editor.status.error.transition");
            assertThatThrownBy(() -> admin.publishFeedback(id, Map.of("sv", "Vi gjorde så här.")))
                    .hasMessage("dialogue.editor.status.error.transition");
            admin.publish(id);
            assertThatThrownBy(() -> admin.publish(id)).hasMessage("dialogue.editor.status.error.transition");
            admin.close(id);
            assertThatThrownBy(() -> admin.publishFeedback(id, Map.of("sv", " "))).hasMessage("dialogue.editor.feedback.error.required");
            admin.publishFeedback(id, Map.of("sv", "Vi bygger en lekplats.", "fi", "Rakennamme leikkipaikan."));
            return null;
        });
        assertThat(dialogues.page(id, Language.FI).orElseThrow().feedback()).isEqualTo("Rakennamme leikkipaikan.");
        assertThat(dialogues.page(id, Language.EN).orElseThrow().translated()).isFalse();
        assertThat(auditTrail.forSubject("dialogue", String.valueOf(id))).extracting(AuditLog.Entry::action)
                .contains("DIALOGUE_CREATED", "DIALOGUE_PUBLISHED", "DIALOGUE_CLOSED", "DIALOGUE_FEEDBACK_GIVEN");
        assertThatThrownBy(() -> proposing.propose(id, "Sent", "För sent", null, Language.SV))
                .hasMessage("dialogue.page.error.closed");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        long c = committee("sdn-farsta");
        var bad = new DialogueAdmin.Draft(c, Map.of("fi", new DialogueAdmin.Texts("a", "b", "c")), Set.of(), Set.of(), Set.of(),
                java.time.LocalDate.now(CityTime.ZONE), java.time.LocalDate.now(CityTime.ZONE), true, false, false, ModerationMode.POST, 3);
        long before = jdbc.sql("select count(*) from dialogue_dialogue").query(Long.class).single();
        asStaff(c, () -> {
            assertThatThrownBy(() -> admin.create(bad)).hasMessage("dialogue.editor.texts.error.swedish");
            return null;
        });
        assertThat(jdbc.sql("select count(*) from dialogue_dialogue").query(Long.class).single()).isEqualTo(before);
        long id = published(c, ModerationMode.POST, 3);
        assertThatThrownBy(() -> answering.answer(id, Map.of(), "not-an-address", Language.SV))
                .hasMessage("dialogue.page.answers.error.empty");
        long q = firstQuestion(id);
        assertThatThrownBy(() -> answering.answer(id, Map.of(q, new Answer(null, Set.of(7), null)), null, Language.SV))
                .hasMessage("dialogue.page.answers.error.invalid");
        assertThatThrownBy(() -> answering.answer(id, Map.of(q, new Answer(null, Set.of(0), null)), "nope", Language.SV))
                .hasMessage("dialogue.page.email.error.invalid");
        assertThat(jdbc.sql("select count(*) from dialogue_participant where dialogue_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void questionsAreLockedOnceAnswersExist() {
        long c = committee("sdn-farsta");
        long id = published(c, ModerationMode.POST, 3);
        asStaff(c, () -> {
            admin.saveQuestions(id, DialogueTestData.questions());
            return null;
        });
        long q = firstQuestion(id);
        answering.answer(id, Map.of(q, new Answer(null, Set.of(1), null)), null, Language.FI);
        asStaff(c, () -> {
            assertThatThrownBy(() -> admin.saveQuestions(id, DialogueTestData.questions()))
                    .hasMessage("dialogue.editor.questions.error.locked");
            assertThat(admin.load(id).orElseThrow().answered()).isTrue();
            assertThat(results.results(id).getFirst().counts()).containsExactly(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            results.writeCsv(id, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(",Vad är viktigast?,SINGLE_CHOICE,2,Belysning,,,fi,");
            return null;
        });
        assertThat(jdbc.sql("select language from dialogue_answer where question_id = :q").param("q", q)
                .query(String.class).single()).isEqualTo("fi");
    }

    @Test
    void aHiddenPostKeepsItsPlaceButNotItsTextOnThePublicPage() {
        long c = committee("sdn-farsta");
        long id = published(c, ModerationMode.POST, 1);
        Receipt r = proposing.propose(id, "Dold titel", "Dold text som ingen ska läsa.", null, Language.SV);
        Receipt comment = proposing.comment(r.postId(), "Dold kommentar.", null, Language.SV);
        reactions.flag(comment.postId(), "Spam", "session-c", "10.0.0.5");
        reactions.flag(r.postId(), "Spam", "session-c", "10.0.0.5");

        Dialogues.Post hidden = dialogues.proposals(id, Order.NEWEST, 0, 20).getFirst();
        assertThat(hidden.status()).isEqualTo(PostStatus.HIDDEN);
        assertThat(hidden.title()).isNull();
        assertThat(hidden.body()).isNull();
        assertThat(dialogues.comments(r.postId())).singleElement()
                .satisfies(p -> assertThat(p.body()).isNull());
    }

    @Test
    void supportsAndReportsStoreNoSessionId() {
        long id = published(committee("sdn-farsta"), ModerationMode.POST, 5);
        Receipt r = proposing.propose(id, "Fler bänkar", "Vid dammen.", null, Language.SV);
        reactions.support(r.postId(), "raw-session-id-support", "10.0.0.6");
        reactions.flag(r.postId(), "Spam", "raw-session-id-flag", "10.0.0.6");

        assertThat(jdbc.sql("select session_hash from dialogue_support where post_id = :p").param("p", r.postId())
                .query(String.class).single()).doesNotContain("raw-session").hasSize(64);
        assertThat(jdbc.sql("select session_hash from dialogue_flag where post_id = :p").param("p", r.postId())
                .query(String.class).single()).doesNotContain("raw-session").hasSize(64);
        assertThatThrownBy(() -> reactions.support(r.postId(), "raw-session-id-support", "10.0.0.6"))
                .as("the hash still recognises the same session").hasMessage("dialogue.proposal.support.error.twice");
    }

    @Test
    void postModerationHidesAfterTheThresholdOfReportsOncePerSession() {
        long c = committee("sdn-farsta");
        long id = published(c, ModerationMode.POST, 2);
        Receipt r = proposing.propose(id, "Mer ljus", "Fler lampor längs gången.", null, Language.SV);
        assertThat(r.pending()).isFalse();
        assertThat(r.caseNumber()).startsWith("MV-");
        reactions.flag(r.postId(), "Spam", "session-a", "10.0.0.1");
        assertThatThrownBy(() -> reactions.flag(r.postId(), "Spam igen", "session-a", "10.0.0.1"))
                .hasMessage("dialogue.flag.form.error.twice");
        assertThat(dialogues.proposals(id, Order.NEWEST, 0, 20).getFirst().status()).isEqualTo(PostStatus.PUBLISHED);
        reactions.flag(r.postId(), "Stötande", "session-b", "10.0.0.2");
        assertThat(dialogues.proposals(id, Order.NEWEST, 0, 20).getFirst().status()).isEqualTo(PostStatus.HIDDEN);
        StaffFixtures.as("dlg-mod", List.of(StaffRole.MODERATOR.authority(), StaffRole.MODERATOR.scopedAuthority(c)), () -> {
            assertThat(moderation.queue(0, 50)).extracting(Moderation.Item::id).contains(r.postId());
            moderation.restore(r.postId());
            moderation.hide(r.postId(), "Personangrepp");
            assertThatThrownBy(() -> moderation.hide(r.postId(), "")).hasMessage("dialogue.moderation.hide.reason.error.required");
            return null;
        });
        assertThat(dialogues.proposals(id, Order.NEWEST, 0, 20).getFirst().hiddenReason()).isEqualTo("Personangrepp");
        assertThat(auditTrail.forSubject("dialogue_post", String.valueOf(r.postId()))).extracting(AuditLog.Entry::action)
                .containsExactly("DIALOGUE_POST_AUTOHIDDEN", "DIALOGUE_POST_RESTORED", "DIALOGUE_POST_HIDDEN");
    }

    @Test
    void preModerationShowsNothingUntilApprovedAndModeratorsSeeOnlyTheirCommittees() {
        long c = committee("sdn-farsta");
        long other = committee("kulturnamnden");
        long id = published(c, ModerationMode.PRE, 3);
        Receipt r = proposing.propose(id, "Bänkar", "Fler bänkar.", null, Language.FI);
        assertThat(r.pending()).isTrue();
        assertThat(dialogues.proposals(id, Order.NEWEST, 0, 20)).isEmpty();
        StaffFixtures.as("dlg-other", List.of(StaffRole.MODERATOR.authority(), StaffRole.MODERATOR.scopedAuthority(other)), () -> {
            assertThat(moderation.queue(0, 200)).extracting(Moderation.Item::id).doesNotContain(r.postId());
            assertThatThrownBy(() -> moderation.approve(r.postId())).hasMessage("dialogue.moderation.error.notfound");
            assertThat(admin.load(id)).isEmpty();
            return null;
        });
        StaffFixtures.as("dlg-mod", List.of(StaffRole.MODERATOR.authority(), StaffRole.MODERATOR.scopedAuthority(c)), () -> {
            moderation.approve(r.postId());
            moderation.reply(r.postId(), "Vi ställer ut två bänkar i vår.");
            return null;
        });
        assertThat(dialogues.proposals(id, Order.NEWEST, 0, 20)).extracting(Dialogues.Post::id).containsExactly(r.postId());
        assertThat(dialogues.comments(r.postId())).singleElement().satisfies(p -> assertThat(p.official()).isTrue());
        int support = reactions.support(r.postId(), "s1", "10.0.0.3");
        assertThat(support).isEqualTo(1);
        assertThatThrownBy(() -> reactions.support(r.postId(), "s1", "10.0.0.3")).hasMessage("dialogue.proposal.support.error.twice");
    }

    @Test
    void theDialoguePageAndTheModerationQueueNeedAFixedNumberOfStatements() {
        long c = committee("sdn-farsta");
        long id = published(c, ModerationMode.POST, 3);
        for (int i = 0; i < 30; i++) {
            Receipt r = proposing.propose(id, "Förslag " + i, "Text " + i, null, Language.SV);
            proposing.comment(r.postId(), "Kommentar", null, Language.SV);
            reactions.flag(r.postId(), "Test", "s" + i, "10.1.0." + i);
        }
        StatementCounter.watch();
        dialogues.page(id, Language.FI);
        dialogues.proposals(id, Order.MOST_SUPPORTED, 0, 20);
        int page = StatementCounter.COUNT.get();
        StatementCounter.watch();
        dialogues.page(id, Language.FI);
        dialogues.proposals(id, Order.MOST_SUPPORTED, 0, 1);
        assertThat(StatementCounter.COUNT.get()).as("twenty proposals cost what one costs").isEqualTo(page);
        StatementCounter.watch();
        StaffFixtures.as("dlg-mod", List.of(StaffRole.MODERATOR.authority(), StaffRole.MODERATOR.scopedAuthority(c)), () -> {
            moderation.queueSize();
            return moderation.queue(0, 50);
        });
        int queue = StatementCounter.COUNT.get();
        assertThat(page).as("statements for the dialogue page (dialogue, committee, questions, proposals)").isEqualTo(4);
        assertThat(queue).as("statements for the moderation queue (count, page)").isEqualTo(2);
    }

    private long firstQuestion(long dialogueId) {
        return jdbc.sql("select id from dialogue_question where dialogue_id = :d order by position limit 1")
                .param("d", dialogueId).query(Long.class).single();
    }
}
