package se.medverka.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.StaffFixtures;

/** Recording decisions on erasure: administrators only, every field checked, nothing half stored. */
@SpringBootTest
class ErasureDecisionsTest {

    @Autowired ErasureDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired se.medverka.routing.RegisterAdministration register;

    private long count() {
        return jdbc.sql("select count(*) from records_erasure_decision").query(Long.class).single();
    }

    private void refused(String key, Runnable attempt) {
        long before = count();
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RecordsException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badDecisionsAreRefusedWithTheirMessageAndNothingIsStored() {
        // A committee of its own and an old date: the decision recorded here governs no other test's complaints.
        String code = "gallring-" + System.nanoTime();
        long committee = StaffFixtures.asAdmin(() -> register.addCommittee(code, null, new se.medverka.routing.CommitteeChange(
                "Gallringsnämnden " + code, se.medverka.routing.CommitteeKind.SPECIALIST, "registrator-g@stad.example", true, 2, 14))).id();
        StaffFixtures.asAdmin(() -> {
            LocalDate today = LocalDate.now(CityTime.ZONE);
            refused("records.erasure.after.error.invalid", () -> decisions.record("KS 2026/1", today, "KS", "COMPLAINT", null, "two years", "siffror", true));
            refused("records.erasure.after.error.invalid", () -> decisions.record("KS 2026/1", today, "KS", "COMPLAINT", null, "PT5M", "siffror", true));
            refused("records.erasure.reference.error.required", () -> decisions.record(" ", today, "KS", "COMPLAINT", null, "P2Y", "siffror", true));
            refused("records.erasure.date.error.invalid", () -> decisions.record("KS 2026/1", today.plusDays(3), "KS", "COMPLAINT", null, "P2Y", "siffror", true));
            refused("records.erasure.kept.error.required", () -> decisions.record("KS 2026/1", today, "KS", "COMPLAINT", null, "P2Y", "", true));
            refused("records.erasure.kind.error.required", () -> decisions.record("KS 2026/1", today, "KS", "DIALOGUE", null, "P2Y", "siffror", true));
            String reference = "KS 2026/" + System.nanoTime();
            decisions.record(reference, LocalDate.of(2020, 1, 1), "KS", "COMPLAINT", committee, "p10y", "siffror", true);
            refused("records.erasure.reference.error.taken", () -> decisions.record(reference, today, "KS", "COMPLAINT", null, "P2Y", "siffror", true));
            assertThat(decisions.all()).anySatisfy(d -> {
                assertThat(d.reference()).isEqualTo(reference);
                assertThat(d.eraseAfter()).isEqualTo("P10Y");
            });
            return null;
        });
        assertThatThrownBy(() -> StaffFixtures.asHandler("h", 1, () -> decisions.record("X", LocalDate.now(CityTime.ZONE), "KS", "COMPLAINT", null, "P2Y", "s", false)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
