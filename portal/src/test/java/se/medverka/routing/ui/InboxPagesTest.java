package se.medverka.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.CaseFilter;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.testsupport.StaffFixtures;

/** The grid's pages: reading page after page by keyset gives exactly what offsets give. */
@SpringBootTest
class InboxPagesTest {

    @Autowired Cases cases;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void keysetPagesMatchOffsetPagesAndAJumpStillWorks() {
        for (int i = 0; i < 30; i++) {
            String ref = "pages-" + i + "-" + System.nanoTime();
            transactions.execute(s -> cases.open(new NewCase(CaseKind.DIALOGUE_PROPOSAL, ref, "other", null, null, "sv")));
        }
        StaffFixtures.asAdmin(() -> {
            CaseFilter all = new CaseFilter(null, null, null, null, null, false, true);
            InboxPages pages = new InboxPages(cases);
            pages.filter(all);
            List<Long> sequential = new ArrayList<>();
            for (int offset = 0; offset < 30; offset += 7) {
                sequential.addAll(pages.fetch(offset, 7).stream().map(CaseSummary::id).toList());
            }
            List<Long> byOffset = cases.inboxAt(all, 0, 35).stream().map(CaseSummary::id).toList();
            assertThat(sequential).isEqualTo(byOffset);
            assertThat(pages.fetch(21, 7)).extracting(CaseSummary::id).isEqualTo(byOffset.subList(21, 28));
            InboxPages fresh = new InboxPages(cases);
            fresh.filter(all);
            assertThat(fresh.fetch(14, 7)).as("a jump to an unseen position").extracting(CaseSummary::id)
                    .isEqualTo(byOffset.subList(14, 21));
            return null;
        });
        await().atMost(Duration.ofMinutes(1)).until(() ->
                jdbc.sql("select count(*) from routing_case where state = 'RECEIVED'").query(Long.class).single() == 0);
    }
}
