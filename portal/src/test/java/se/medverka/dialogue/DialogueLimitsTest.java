package se.medverka.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.limits.LimitReached;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;

/** The dialogue's public writes are limited per connection (and mails per address); a refusal stores nothing. */
@SpringBootTest
class DialogueLimitsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired DialogueAdmin admin;
    @Autowired DialogueProposals proposals;
    @Autowired DialogueReactions reactions;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void letRoutingFinish() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    private long published() {
        long committee = register.committeeByCode("sdn-farsta").orElseThrow().id();
        return StaffFixtures.as("dlg-limits", List.of(StaffRole.HANDLER.authority(), StaffRole.MODERATOR.authority(),
                StaffRole.HANDLER.scopedAuthority(committee), StaffRole.MODERATOR.scopedAuthority(committee)), () -> {
            long id = admin.create(DialogueTestData.draft(committee, ModerationMode.POST, 3));
            admin.saveQuestions(id, DialogueTestData.questions());
            admin.publish(id);
            return id;
        });
    }

    private long posts(long dialogue) {
        return jdbc.sql("select count(*) from dialogue_post where dialogue_id = :d").param("d", dialogue).query(Long.class).single();
    }

    @Test
    void proposalsFromOneConnectionStopAtTheLimitAndOthersGoOn() {
        long id = published();
        String library = "198.18.0." + NEXT.incrementAndGet();
        ClientAddress.as(library, () -> {
            for (int i = 0; i < 20; i++) {
                proposals.propose(id, "Förslag " + i, "Text " + i, null, Language.SV);
            }
            return null;
        });
        long before = posts(id);
        assertThatThrownBy(() -> ClientAddress.as(library, () -> proposals.propose(id, "Ett till", "Text", null, Language.SV)))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.limit()).isEqualTo(Limit.PROPOSAL));
        assertThat(posts(id)).isEqualTo(before);
        ClientAddress.as("198.18.1." + NEXT.incrementAndGet(), () -> proposals.propose(id, "Från annat håll", "Text", null, Language.SV));
        assertThat(posts(id)).isEqualTo(before + 1);
    }

    @Test
    void supportsFromOneConnectionWithFreshSessionsStop() {
        long id = published();
        long proposal = proposals.propose(id, "Bänkar", "Fler bänkar.", null, Language.SV).postId();
        String machine = "198.18.2." + NEXT.incrementAndGet();
        for (int i = 0; i < 60; i++) {
            reactions.support(proposal, "fresh-session-" + machine + "-" + i, machine);
        }
        assertThatThrownBy(() -> reactions.support(proposal, "fresh-session-" + machine + "-x", machine))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.limit()).isEqualTo(Limit.SUPPORT));
        assertThat(jdbc.sql("select supports from dialogue_post where id = :id").param("id", proposal).query(Integer.class).single())
                .isEqualTo(60);
    }

    @Test
    void confirmationMailsToOneAddressStop() {
        long id = published();
        String email = "someone." + NEXT.incrementAndGet() + "@example.com";
        for (int i = 0; i < 10; i++) {
            proposals.comment(proposals.propose(id, "Förslag " + i, "Text", null, Language.SV).postId(), "Bra", email, Language.SV);
        }
        long proposal = proposals.propose(id, "Sista", "Text", null, Language.SV).postId();
        long participants = jdbc.sql("select count(*) from dialogue_participant").query(Long.class).single();
        assertThatThrownBy(() -> proposals.comment(proposal, "Bra", email, Language.SV))
                .isInstanceOfSatisfying(LimitReached.class, e -> assertThat(e.limit()).isEqualTo(Limit.CONFIRMATION_MAIL));
        assertThat(jdbc.sql("select count(*) from dialogue_participant").query(Long.class).single()).isEqualTo(participants);
        assertThat(jdbc.sql("select comments from dialogue_post where id = :id").param("id", proposal).query(Integer.class).single())
                .isZero();
    }
}
