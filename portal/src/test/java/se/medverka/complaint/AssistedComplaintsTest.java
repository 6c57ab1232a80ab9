package se.medverka.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import se.medverka.complaint.ComplaintViews.Receipt;
import se.medverka.followup.Figures;
import se.medverka.followup.FollowUp;
import se.medverka.followup.Period;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.testsupport.StaffFixtures;

/** Assisted submission: staff register complaints for residents; channel recorded, staff only in the audit trail, counted per channel. */
@SpringBootTest
class AssistedComplaintsTest {

    @Autowired Complaints complaints;
    @Autowired Cases cases;
    @Autowired FollowUp followUp;
    @Autowired JdbcClient jdbc;
    @Autowired StaffFixtures staff;

    private static ComplaintSubmission byPhone(String what) {
        return new ComplaintSubmission("ACCESSIBILITY", "sports_facility", null, null, null, what, List.of(), null, "PIN", null,
                null, "fi", "", Instant.now());
    }

    @Test
    void aComplaintRegisteredByPhoneIsLikeAWebOneWithTheChannelStoredAndTheStaffMemberOnlyInTheAuditTrail() {
        long sports = staff.committeeId("idrottsnamnden");
        Receipt r = StaffFixtures.asHandler("library-desk", sports, () -> complaints.submitAssisted(byPhone("Ei luiskaa uimahallissa."), "PHONE"));
        assertThat(r.pin()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        var row = jdbc.sql("select case_id, channel, language from complaint where case_number = :n").param("n", r.caseNumber())
                .query().singleRow();
        assertThat(row.get("channel")).isEqualTo("PHONE");
        assertThat(row.get("language")).isEqualTo("fi");
        long caseId = ((Number) row.get("case_id")).longValue();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COMPLAINT_ASSISTED' and actor = 'library-desk' and subject_id = :id")
                .param("id", String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);

        // The resident is then exactly like one who used the web: status and export with case number and PIN.
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        var status = complaints.status(r.caseNumber(), r.pin(), "10.9.9.1");
        assertThat(status.committeeName()).isEqualTo("Idrottsnämnden");
        String export = complaints.export(r.caseNumber(), r.pin(), "10.9.9.1");
        assertThat(export).contains("Ei luiskaa uimahallissa.").doesNotContain("library-desk");
    }

    @Test
    void aChannelIsRequiredAndResidentsCannotUseTheAssistedWay() {
        long sports = staff.committeeId("idrottsnamnden");
        assertThatThrownBy(() -> StaffFixtures.asHandler("library-desk", sports, () -> complaints.submitAssisted(byPhone("x y z"), "FAX")))
                .isInstanceOfSatisfying(ComplaintException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> "channel".equals(p.field()) && p.messageKey().equals("complaint.assisted.channel.error.required")));
        assertThatThrownBy(() -> complaints.submitAssisted(byPhone("x y z"), "PHONE"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void followUpCountsComplaintsPerChannelWithSmallCellsSuppressed() {
        long sports = staff.committeeId("idrottsnamnden");
        for (int i = 0; i < 6; i++) {
            int n = i;
            StaffFixtures.asHandler("service-office", sports, () -> complaints.submitAssisted(byPhone("Tolk nummer " + n), "INTERPRETER"));
        }
        StaffFixtures.asHandler("service-office", sports, () -> complaints.submitAssisted(byPhone("Brev"), "LETTER"));
        // Two small cells, so no large one is hidden next to them (secondary suppression needs exactly one).
        StaffFixtures.asHandler("service-office", sports, () -> complaints.submitAssisted(byPhone("Besök"), "VISIT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from complaint where channel <> 'WEB' and committee_id is null").query(Long.class).single() == 0);
        LocalDate today = LocalDate.now(se.medverka.shared.time.CityTime.ZONE);
        Figures f = StaffFixtures.asHandler("sports-lead", sports, () -> followUp.figures(sports,
                new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1))));
        Figures.Table channels = f.tables().stream().filter(t -> t.key().equals("channels")).findFirst().orElseThrow();
        Figures.Row interpreter = channels.rows().stream().filter(r -> r.code().equals("INTERPRETER")).findFirst().orElseThrow();
        Figures.Row letter = channels.rows().stream().filter(r -> r.code().equals("LETTER")).findFirst().orElseThrow();
        assertThat(interpreter.cell().suppressed()).isFalse();
        assertThat(interpreter.cell().value()).isGreaterThanOrEqualTo(6);
        assertThat(letter.cell().suppressed()).as("a single letter is a small cell").isTrue();
    }
}
