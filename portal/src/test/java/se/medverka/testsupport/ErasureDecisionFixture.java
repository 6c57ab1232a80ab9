package se.medverka.testsupport;

import java.time.LocalDate;
import se.medverka.records.ErasureDecisions;

/**
 * The decision on erasure the retention tests assume: complaint content of every committee may be
 * erased two years after closing, without delivery to the archive first (what the retention job did
 * unconditionally before decisions were recorded). Recorded once per test database.
 */
public final class ErasureDecisionFixture {

    public static final String REFERENCE = "TEST-GALLRING-KLAGOMAL-P2Y";

    private ErasureDecisionFixture() {
    }

    public static synchronized void complaintsAfterTwoYears(ErasureDecisions decisions) {
        StaffFixtures.asAdmin(() -> {
            if (decisions.all().stream().noneMatch(d -> d.reference().equals(REFERENCE))) {
                decisions.record(REFERENCE, LocalDate.of(2026, 1, 15), "Kommunstyrelsen", "COMPLAINT", null, "P2Y",
                        "Antal klagomål per nämnd och månad (uppföljningens förseglade siffror)", false);
            }
            return null;
        });
    }
}
