package se.medverka.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.CommitteeKind;
import se.medverka.routing.RegisterAdministration;
import se.medverka.testsupport.StaffFixtures;

/** What stays public: published complaints carry no resident text, the answer after review, and small groups generalised. */
@SpringBootTest
class PublishedComplaintsTest {

    @Autowired PublishedComplaints published;
    @Autowired Complaints complaints;
    @Autowired se.medverka.complaint.ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired RegisterAdministration register;
    @Autowired JdbcClient jdbc;

    @Test
    void aPublishedAnswerLosesItsRedactedPassageAndSmallGroupsShowNeitherServiceNorYear() {
        String code = "publ-" + System.nanoTime();
        long committee = StaffFixtures.asAdmin(() -> register.addCommittee(code, null, new CommitteeChange("Publiceringsnämnden " + code,
                CommitteeKind.SPECIALIST, "registrator-publ@stad.example", true, 2, 14))).id();
        String first = closedAndAnswered(committee, 0, "Hemliga Helena");
        StaffFixtures.asHandler("publ", committee, () -> {
            published.publish(first, List.of("Hemliga Helena"), LegalGround.OSL_39_3);
            assertThatThrownBy(() -> published.publish(first, List.of(), null)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.publish.case.error.already"));
            return null;
        });
        List<PublishedComplaints.Entry> one = published.list(code);
        assertThat(one).singleElement().satisfies(e -> {
            assertThat(e.answer()).contains("[MASKERAT OSL 39 kap. 3 §]").doesNotContain("Helena");
            assertThat(e.serviceType()).isNull();
            assertThat(e.year()).isNull();
        });
        // A sixth published complaint brings the group to five and more: service and year are shown.
        for (int i = 1; i <= 5; i++) {
            String number = closedAndAnswered(committee, i, "personalen");
            StaffFixtures.asHandler("publ", committee, () -> {
                published.publish(number, List.of(), null);
                return null;
            });
        }
        assertThat(published.list(code)).hasSize(6).allSatisfy(e -> {
            assertThat(e.serviceType()).isEqualTo("library_culture");
            assertThat(e.year()).isNotNull();
        });
        assertThat(jdbc.sql("select count(*) from records_published_complaint where answer like '%Vad hände%' or answer like '%Tensta%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOpenComplaintCannotBePublished() {
        long culture = jdbc.sql("select id from routing_committee where code = 'kulturnamnden'").query(Long.class).single();
        String number = submit(99);
        StaffFixtures.asHandler("publ", culture, () -> {
            assertThatThrownBy(() -> published.publish(number, List.of(), null)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.publish.case.error.notclosed"));
            return null;
        });
    }

    private String submit(int i) {
        String number = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta", "Tensta bibliotek",
                null, "Vad hände: de skrek åt mig " + i, List.of(), "Ursäkt", "ANONYMOUS", null, null, "sv", "",
                Instant.now().minusSeconds(60)), "10.6." + (System.nanoTime() % 200) + "." + (i + 1)).caseNumber();
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", number).query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        return number;
    }

    private String closedAndAnswered(long committee, int i, String inAnswer) {
        String number = submit(i);
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", number).query(Long.class).single();
        StaffFixtures.asAdmin(() -> {
            cases.forward(caseId, committee, "Till publiceringsnämnden");
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> committee == jdbc.sql("select coalesce(committee_id, 0) from complaint where case_id = :id")
                .param("id", caseId).query(Long.class).single());
        StaffFixtures.asHandler("publ", committee, () -> {
            handling.answer(caseId, "Vi har talat med " + inAnswer + " och ber om ursäkt.", "sv");
            handling.changeState(caseId, CaseState.CLOSED);
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select closed_at is not null from complaint where case_id = :id")
                .param("id", caseId).query(Boolean.class).single());
        return number;
    }
}
