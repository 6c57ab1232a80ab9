package se.medverka.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.medverka.complaint.ComplaintFigures;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.followup.internal.ComplaintCounts;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.Complaints;
import se.medverka.followup.Figures.Row;
import se.medverka.followup.Figures.Table;
import se.medverka.followup.Staircase.Level;
import se.medverka.followup.Staircase.Step;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.stats.SmallCells.Hidden;
import se.medverka.testsupport.StaffFixtures;

/** On the real PostgreSQL: anonymous facts from complaints, aggregation per period, small-cell suppression, the staircase. */
@SpringBootTest
class FollowUpFiguresTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired FollowUp followUp;
    @Autowired Staircase staircase;
    @Autowired Complaints complaints;
    @Autowired Cases cases;
    @Autowired StaffFixtures staff;
    @Autowired JdbcClient jdbc;
    @Autowired ComplaintCounts counts;
    @Autowired TransactionTemplate transactions;

    /**
     * A complaint counted straight into followup's sealed monthly counts (as routing's assignment
     * does), in a year no other test touches.
     */
    private void fact(long committee, String concerns, String service, String district, LocalDate on, String... grounds) {
        transactions.executeWithoutResult(t -> counts.add(committee,
                new ComplaintFigures(concerns, service, district, List.of(grounds), on), +1));
    }

    private long count(long committee, String key) {
        LocalDate month = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).withDayOfMonth(1);
        return counts.totals(committee, month, month.plusMonths(1)).getOrDefault(key, 0L);
    }

    private static Map<String, Row> rows(Figures f, String table) {
        return f.tables().stream().filter(t -> t.key().equals(table)).findFirst().orElseThrow()
                .rows().stream().collect(Collectors.toMap(Row::code, r -> r));
    }

    private static Table table(Figures f, String key) {
        return f.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aComplaintWithSeveralGroundsCountsInEachAndPeriodsSelect() {
        long culture = staff.committeeId("kulturnamnden");
        LocalDate q1 = LocalDate.of(2011, 2, 10);
        LocalDate q3 = LocalDate.of(2011, 8, 10);
        for (int i = 0; i < 6; i++) {
            fact(culture, "TREATMENT", "library_culture", "bromma", q1, "ethnicity", "religion");
        }
        for (int i = 0; i < 7; i++) {
            fact(culture, "ACCESSIBILITY", "library_culture", "bromma", q3, "disability");
        }
        fact(culture, "TREATMENT", "library_culture", "bromma", LocalDate.of(2012, 1, 1), "age");

        Figures year = StaffFixtures.asHandler("fu-h1", culture, () -> followUp.figures(culture, Period.year(2011)));
        assertThat(table(year, "grounds").total().cell().value()).isEqualTo(13);
        Map<String, Row> grounds = rows(year, "grounds");
        assertThat(grounds.get("ethnicity").cell().value()).isEqualTo(6);
        assertThat(grounds.get("religion").cell().value()).isEqualTo(6);
        assertThat(grounds.get("disability").cell().value()).isEqualTo(7);
        assertThat(grounds.get("age").cell().value()).isZero();
        assertThat(rows(year, "concerns").get("TREATMENT").cell().value()).isEqualTo(6);

        Figures q = StaffFixtures.asHandler("fu-h1", culture, () -> followUp.figures(culture, Period.quarter(2011, 3)));
        assertThat(table(q, "grounds").total().cell().value()).isEqualTo(7);
        assertThat(rows(q, "grounds").get("ethnicity").cell().value()).isZero();

        Figures custom = StaffFixtures.asHandler("fu-h1", culture,
                () -> followUp.figures(culture, Period.days(LocalDate.of(2011, 2, 10), LocalDate.of(2011, 2, 10))));
        // A custom period covers the whole months it touches: counts are kept per month, without days.
        assertThat(custom.period()).isEqualTo(new Period(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 3, 1)));
        assertThat(table(custom, "grounds").total().cell().value()).isEqualTo(6);
    }

    @Test
    void smallCellsAreHiddenAndCannotBeWorkedOutFromTheTotal() {
        long sports = staff.committeeId("idrottsnamnden");
        LocalDate day = LocalDate.of(2012, 5, 5);
        // 12 complaints: 8 about treatment, 3 about accessibility, 1 about both.
        for (int i = 0; i < 8; i++) {
            fact(sports, "TREATMENT", "sports_facility", "bromma", day, "age");
        }
        for (int i = 0; i < 3; i++) {
            fact(sports, "ACCESSIBILITY", "sports_facility", "bromma", day, "disability");
        }
        fact(sports, "BOTH", "sports_facility", "skarholmen", day);

        Figures f = StaffFixtures.asAdmin(() -> followUp.figures(sports, Period.year(2012)));
        Table concerns = table(f, "concerns");
        assertThat(concerns.total().cell().value()).isEqualTo(12);
        Map<String, Row> byKind = rows(f, "concerns");
        assertThat(byKind.get("ACCESSIBILITY").cell().hidden()).isEqualTo(Hidden.FEW);
        assertThat(byKind.get("BOTH").cell().hidden()).isEqualTo(Hidden.FEW);
        assertThat(byKind.get("TREATMENT").cell().value()).isEqualTo(8);

        // Districts: Bromma 11, Skärholmen 1 → Skärholmen hidden, and Bromma hidden with it, else 12 − 11 = 1.
        for (Table t : f.tables()) {
            if (t.key().equals("response") || t.key().equals("grounds") || t.key().equals("dialogues")) {
                continue;
            }
            assertNotBackCalculable(t);
        }
        Map<String, Row> districts = rows(f, "districts");
        assertThat(districts.get("skarholmen").cell().suppressed()).isTrue();
        assertThat(districts.get("bromma").cell().hidden()).isEqualTo(Hidden.SECONDARY);

        // The CSV says the same as the screen: no hidden number appears in it.
        String csv = Csv.figures(f, k -> k.equals("followup.dashboard.fewer.text") ? "färre än 5"
                : k.equals("followup.dashboard.hidden.text") ? "dold" : k, "Idrottsnämnden");
        assertThat(csv).contains("districts,skarholmen,").doesNotContain("districts,bromma,Bromma,11");
        assertThat(csv.lines().filter(l -> l.contains(",districts,skarholmen,")).findFirst().orElseThrow()).endsWith(",färre än 5");
    }

    /**
     * The attacker's attempt: take the total, subtract every shown count of a breakdown whose
     * categories do not overlap; if exactly one cell is hidden, the remainder would be its value.
     */
    private static void assertNotBackCalculable(Table t) {
        long hidden = t.rows().stream().filter(r -> r.cell().suppressed()).count();
        if (t.total().cell().suppressed()) {
            return;
        }
        long shown = t.rows().stream().filter(r -> !r.cell().suppressed()).mapToLong(r -> r.cell().value()).sum();
        long remainder = t.total().cell().value() - shown;
        assertThat(hidden).as("table %s: a single hidden cell would be the total minus the others (%d)", t.key(), remainder)
                .isNotEqualTo(1);
    }

    @Test
    void aTotalBelowTheThresholdHidesEverythingAndTheThresholdNeverGoesBelowThree() {
        long traffic = staff.committeeId("trafiknamnden");
        for (int i = 0; i < 4; i++) {
            fact(traffic, "TREATMENT", "street_traffic", "bromma", LocalDate.of(2013, 3, 3), "sex");
        }
        Figures f = StaffFixtures.asAdmin(() -> followUp.figures(traffic, Period.year(2013)));
        assertThat(table(f, "grounds").total().cell().hidden()).isEqualTo(Hidden.FEW);
        assertThat(rows(f, "grounds").get("sex").cell().suppressed()).isTrue();
        assertThat(rows(f, "grounds").get("age").cell().value()).isZero();
        assertThat(SmallCells.threshold(1)).isEqualTo(3);
        assertThat(SmallCells.threshold(10)).isEqualTo(10);
    }

    @Test
    void aHandlerSeesOnlyTheirCommitteesAndTheCityIsForAdministrators() {
        long culture = staff.committeeId("kulturnamnden");
        long school = staff.committeeId("utbildningsnamnden");
        assertThatThrownBy(() -> StaffFixtures.asHandler("fu-h2", culture, () -> followUp.figures(school, Period.year(2012))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StaffFixtures.asHandler("fu-h2", culture, () -> followUp.figures(null, Period.year(2012))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(StaffFixtures.asHandler("fu-h2", culture, () -> followUp.committees())).extracting(c -> c.id())
                .containsExactly(culture);
        // 11 tables, since assisted submission (issue 17) the proposals and the answers per channel, since issue 15 councils and samråd,
        // since issue 16 citizen-budget ballots per age band.
        assertThat(StaffFixtures.asAdmin(() -> followUp.figures(null, Period.year(2012))).tables()).hasSize(16)
                .extracting(t -> t.key()).contains("proposal_channels", "answer_channels", "councils", "samrad", "budget_bands");
    }

    @Test
    void aSubmittedComplaintIsCountedSealedAndTheCountMovesWhenForwarded() {
        // One row per committee and month, sealed: no row per complaint, no day, no plaintext ground.
        assertThat(columns()).containsExactlyInAnyOrder("committee_id", "month", "counts_enc");
        long culture = staff.committeeId("kulturnamnden");
        long sports = staff.committeeId("idrottsnamnden");
        long before = count(culture, "ground:sexual_orientation");
        long religionBefore = count(culture, "ground:religion");
        long libraryBefore = count(culture, "service:library_culture");
        long sportsBefore = count(sports, "ground:sexual_orientation");

        var receipt = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta", "Biblioteket",
                null, "Hemlig text om vad som hände", List.of("sexual_orientation", "religion"), "Ursäkt", "ANONYMOUS", null, null,
                "sv", "", Instant.now().minusSeconds(60)), "10.9.0." + ADDRESS.incrementAndGet());
        long caseId = jdbc.sql("select id from routing_case where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        assertThat(count(culture, "ground:sexual_orientation")).isEqualTo(before + 1);
        assertThat(count(culture, "ground:religion")).isEqualTo(religionBefore + 1);
        assertThat(count(culture, "service:library_culture")).isEqualTo(libraryBefore + 1);
        for (String plain : List.of("Hemlig", "religion", "sexual_orientation", "library_culture", "spanga")) {
            assertThat(jdbc.sql("select count(*) from followup_complaint_count where counts_enc like :p")
                    .param("p", "%" + plain + "%").query(Long.class).single()).as(plain).isZero();
        }

        StaffFixtures.asHandler("fu-h3", culture, () -> {
            cases.forward(caseId, sports, "Gäller idrottshallen");
            return null;
        });
        assertThat(count(culture, "ground:sexual_orientation")).isEqualTo(before);
        assertThat(count(sports, "ground:sexual_orientation")).isEqualTo(sportsBefore + 1);
    }

    @Test
    void aComplaintWhoseServiceTheResidentDidNotKnowIsRoutedToTriageAndCountedUnderOther() {
        long triage = staff.committeeId("kommunstyrelsen");
        long before = count(triage, "service:other");

        var receipt = complaints.submit(new ComplaintSubmission("ACCESSIBILITY", null, null, null,
                null, "Jag kom inte in", List.of(), null, "ANONYMOUS", null, null,
                "sv", "", Instant.now().minusSeconds(60)), "10.9.1." + ADDRESS.incrementAndGet());
        long caseId = jdbc.sql("select id from routing_case where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
        // Statistics must never stop a case from reaching its committee.
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.TRIAGE);
        assertThat(count(triage, "service:other")).isEqualTo(before + 1);
    }

    private List<String> columns() {
        return jdbc.sql("select column_name from information_schema.columns where table_name = 'followup_complaint_count'")
                .query(String.class).list();
    }

    @Test
    void aCommitteeAssessesItsStaircaseAndTheMatrixShowsTheChange() {
        long social = staff.committeeId("socialnamnden");
        long culture = staff.committeeId("kulturnamnden");
        StaffFixtures.asHandler("fu-h4", social, () -> {
            staircase.save(social, 2030, steps(Level.BEGUN));
            return null;
        });
        StaffFixtures.asHandler("fu-h4", social, () -> {
            staircase.save(social, 2031, steps(Level.ESTABLISHED));
            return null;
        });
        assertThat(StaffFixtures.asHandler("fu-h4", social, () -> staircase.assessment(social, 2031))).hasSize(6)
                .allMatch(s -> s.level() == Level.ESTABLISHED);
        assertThatThrownBy(() -> StaffFixtures.asHandler("fu-h5", culture, () -> staircase.assessment(social, 2031)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StaffFixtures.asHandler("fu-h4", social, () -> staircase.matrix(2031)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StaffFixtures.asHandler("fu-h4", social, () -> {
            staircase.save(social, 2031, steps(Level.BEGUN).subList(0, 5));
            return null;
        })).isInstanceOf(IllegalArgumentException.class);

        var row = StaffFixtures.asAdmin(() -> staircase.matrix(2031)).stream()
                .filter(r -> r.committee().id() == social).findFirst().orElseThrow();
        assertThat(row.previousYear()).isEqualTo(2030);
        assertThat(row.change(1)).isEqualTo(1);
        String csv = StaffFixtures.asAdmin(() -> staircase.matrixCsv(2031));
        assertThat(csv).contains("step_6_change").contains(",2031,2030,established,up");
    }

    private static List<Step> steps(Level level) {
        return java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> new Step(i, level, "Motivering " + i, "Nästa steg " + i)).toList();
    }
}
