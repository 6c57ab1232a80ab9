package se.medverka.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.medverka.testsupport.StaffFixtures.asHandler;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A handler of committee A reaches none of committee B's cases through any staff method of
 * {@link Cases}: not by id, number, inbox (keyset or offset), filter, count, forward or state change.
 */
@SpringBootTest
class CaseIsolationTest {

    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired TransactionTemplate transactions;

    long traffic;
    long culture;
    CaseRef trafficCase;

    @BeforeEach
    void aCaseOfTheTrafficCommittee() {
        traffic = register.committeeByCode("trafiknamnden").orElseThrow().id();
        culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        trafficCase = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "iso-" + System.nanoTime(),
                "street_traffic", "norrmalm", null, "sv")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cases.status(trafficCase.id()).orElseThrow().state() == CaseState.ASSIGNED);
    }

    @Test
    void theOwnCommitteesHandlerReachesTheCase() {
        asHandler("iso-traffic", traffic, () -> {
            assertThat(cases.find(trafficCase.id())).isPresent();
            assertThat(cases.mayHandle(trafficCase.id())).isTrue();
            assertThat(cases.count(byCommittee(traffic))).isPositive();
            return null;
        });
    }

    @Test
    void anotherCommitteesHandlerCannotSeeOpenSearchOrCountIt() {
        asHandler("iso-culture", culture, () -> {
            assertThat(cases.find(trafficCase.id())).isEmpty();
            assertThat(cases.mayHandle(trafficCase.id())).isFalse();

            CaseFilter asked = byCommittee(traffic);
            assertThat(cases.inbox(asked, null, 500)).isEmpty();
            assertThat(cases.inboxAt(asked, 0, 500)).isEmpty();
            assertThat(cases.count(asked)).isZero();
            CaseFilter everything = new CaseFilter(null, null, "norrmalm", "street_traffic", null, false, true);
            assertThat(cases.inbox(everything, null, 500)).extracting(CaseSummary::id).doesNotContain(trafficCase.id());
            assertThat(cases.inboxAt(everything, 0, 500)).extracting(CaseSummary::id).doesNotContain(trafficCase.id());
            assertThat(cases.inbox(CaseFilter.all(), null, 500)).extracting(CaseSummary::committeeId)
                    .doesNotContain(traffic);
            assertThat(cases.count(everything)).isZero();

            assertThatThrownBy(() -> cases.forward(trafficCase.id(), culture, "mine"))
                    .isInstanceOf(RoutingException.class).hasMessage("routing.case.error.notfound");
            assertThatThrownBy(() -> cases.changeState(trafficCase.id(), CaseState.IN_PROGRESS, null))
                    .isInstanceOf(RoutingException.class).hasMessage("routing.case.error.notfound");
            return null;
        });
        asHandler("iso-traffic", traffic, () -> assertThat(cases.find(trafficCase.id()).orElseThrow().summary().state())
                .as("nothing was changed by the refused calls").isEqualTo(CaseState.ASSIGNED));
    }

    @Test
    void aHandlerWithoutCommitteesSeesNothing() {
        se.medverka.testsupport.StaffFixtures.as("iso-nobody", java.util.List.of("ROLE_HANDLER"), () -> {
            assertThat(cases.inbox(CaseFilter.all(), null, 500)).isEmpty();
            assertThat(cases.count(CaseFilter.all())).isZero();
            assertThat(cases.find(trafficCase.id())).isEmpty();
            return null;
        });
    }

    private static CaseFilter byCommittee(long committee) {
        return new CaseFilter(null, null, null, null, committee, false, true);
    }
}
