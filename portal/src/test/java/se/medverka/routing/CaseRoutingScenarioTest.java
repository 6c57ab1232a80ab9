package se.medverka.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.CaseEvents.CaseAssigned;

/**
 * The routing module on its own (no complaint, dialogue or view module started): a case opened as
 * a submitting module opens it is placed with its committee by the routing rules, after the
 * opening transaction has committed — the {@code CaseReceived} → {@code CaseAssigned} flow.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CaseRoutingScenarioTest {

    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired TransactionTemplate transactions;

    @Test
    void aSchoolComplaintFromBrommaIsAssignedToTheEducationCommittee(Scenario scenario) {
        long education = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        AtomicLong opened = new AtomicLong();
        scenario.stimulate(() -> opened.set(transactions.execute(s -> cases.open(
                        new NewCase(CaseKind.COMPLAINT, "scenario-" + System.nanoTime(), "school", "bromma", null, "sv"))).id()))
                .andWaitForEventOfType(CaseAssigned.class)
                .matching(event -> event.caseId() == opened.get())
                .toArriveAndVerify(event -> {
                    assertThat(event.committeeId()).isEqualTo(education);
                    assertThat(cases.status(event.caseId()).orElseThrow().state()).isEqualTo(CaseState.ASSIGNED);
                });
    }
}
