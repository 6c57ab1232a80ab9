package se.medverka.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.records.RequestViews.Document;
import se.medverka.records.internal.PdfAValidation;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.shared.time.CityTime;
import se.medverka.testsupport.PublicRecordCases;
import se.medverka.testsupport.StaffFixtures;

/** Requests for public records on PostgreSQL: registration, secrecy review, released copy, refusal, isolation. */
@SpringBootTest
class RecordRequestsTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(100);
    private static final String SECRET = "min granne Kalle Hemlig på Tenstavägen 12";

    @Autowired RecordRequests requests;
    @Autowired Complaints complaints;
    @Autowired se.medverka.complaint.ComplaintHandling handling;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired StaffFixtures staff;
    @Autowired PublicRecordCases otherKinds;

    private long complaintWithAnswer(long committee) {
        String number = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta",
                "Biblioteket i Tensta", null, "Personalen skrek åt mig och " + SECRET + " såg det.", List.of("ethnicity"),
                "En ursäkt", "NAMED", "Aino Virtanen", "aino.records" + ADDRESS.incrementAndGet() + "@example.com", "fi", "",
                Instant.now().minusSeconds(60)), "10.9.0." + ADDRESS.incrementAndGet()).caseNumber();
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", number).query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        StaffFixtures.asHandler("records-handler", committee, () -> {
            handling.answer(caseId, "Vi ber om ursäkt. Personalen har fått utbildning.", "sv");
            return null;
        });
        return caseId;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aRedactedPassageIsAbsentFromTheReleasedCopyAndARefusalSaysHowToAppeal() throws Exception {
        long culture = staff.committeeId("kulturnamnden");
        long caseId = complaintWithAnswer(culture);
        String number = cases.status(caseId).orElseThrow().caseNumber();

        long id = StaffFixtures.asHandler("registrator", culture, () -> {
            assertThat(requests.documentsOf(number)).extracting(RequestViews.Choice::key).containsExactly("complaint", "answer-1");
            return requests.register(number, List.of("complaint", "answer-1"), "Erik Exempel", "yi", null);
        });
        assertThat(jdbc.sql("select requester_sealed from records_request where id = :id").param("id", id).query(String.class).single())
                .doesNotContain("Erik");

        // A release before every document is decided is refused.
        StaffFixtures.asHandler("handlaggare", culture, () -> {
            assertThatThrownBy(() -> requests.releasedCopy(id)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.release.error.undecided"));
            assertThatThrownBy(() -> requests.decide(id, "complaint", ReviewDecision.RELEASE_REDACTED, LegalGround.OSL_26_1,
                    List.of("text that is not there"))).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.review.passage.error.notfound"));
            assertThatThrownBy(() -> requests.decide(id, "answer-1", ReviewDecision.REFUSE, null, List.of()))
                    .isInstanceOfSatisfying(RecordsException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("records.review.ground.error.required"));
            requests.decide(id, "complaint", ReviewDecision.RELEASE_REDACTED, LegalGround.OSL_26_1, List.of(SECRET, "Aino Virtanen"));
            requests.decide(id, "answer-1", ReviewDecision.REFUSE, LegalGround.OSL_21_1, List.of());
            return null;
        });

        byte[] copy = StaffFixtures.asHandler("handlaggare", culture, () -> requests.releasedCopy(id));
        String released = text(copy);
        assertThat(released).contains("Kopia av allmän handling", "Personalen skrek åt mig", "[MASKERAT OSL 26 kap. 1 §]")
                .doesNotContain("Kalle", "Hemlig", "Tenstavägen", "Aino", "Virtanen", "Personalen har fått utbildning");
        assertThat(PdfAValidation.problems(copy)).isNull();

        byte[] refusal = StaffFixtures.asHandler("handlaggare", culture, () -> requests.refusal(id));
        assertThat(text(refusal)).contains("kammarrätten", "OSL 21 kap. 1 §", "tre veckor");
        assertThat(PdfAValidation.problems(refusal)).isNull();
        assertThat(StaffFixtures.asHandler("handlaggare", culture, () -> requests.refusalText(id))).contains("OSL 21 kap. 1 §");

        List<String> trail = jdbc.sql("select action from audit_log where subject_type = 'records-request' and subject_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list();
        assertThat(trail).contains("RECORDS_REQUEST_REGISTERED", "RECORDS_REVIEW_DECIDED", "RECORDS_COPY_RELEASED", "RECORDS_REFUSAL_ISSUED");
        assertThat(jdbc.sql("select state from records_request where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DECIDED");
    }

    @Test
    void aRequestWithoutADocumentIsRefusedAndNothingIsStored() {
        long culture = staff.committeeId("kulturnamnden");
        long caseId = complaintWithAnswer(culture);
        String number = cases.status(caseId).orElseThrow().caseNumber();
        long before = jdbc.sql("select count(*) from records_request").query(Long.class).single();
        long casesBefore = jdbc.sql("select count(*) from routing_case where kind = 'RECORDS_REQUEST'").query(Long.class).single();
        StaffFixtures.asHandler("registrator", culture, () -> {
            assertThatThrownBy(() -> requests.register(number, List.of(), null, "sv", null))
                    .isInstanceOfSatisfying(RecordsException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("records.register.documents.error.required"));
            return null;
        });
        assertThat(jdbc.sql("select count(*) from records_request").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from routing_case where kind = 'RECORDS_REQUEST'").query(Long.class).single()).isEqualTo(casesBefore);
    }

    @Test
    void anotherCommitteeNeitherRegistersNorReadsTheRequestsOfACase() {
        long culture = staff.committeeId("kulturnamnden");
        long school = staff.committeeId("utbildningsnamnden");
        long caseId = complaintWithAnswer(culture);
        String number = cases.status(caseId).orElseThrow().caseNumber();
        StaffFixtures.asHandler("skolans-registrator", school, () -> {
            assertThatThrownBy(() -> requests.register(number, List.of("complaint"), null, "sv", null))
                    .isInstanceOfSatisfying(RecordsException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("records.register.case.error.notfound"));
            return null;
        });
        long id = StaffFixtures.asHandler("registrator", culture, () -> requests.register(number, List.of("complaint"), null, "sv", null));
        StaffFixtures.asHandler("skolans-handlaggare", school, () -> {
            assertThatThrownBy(() -> requests.details(id)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.request.error.notfound"));
            assertThat(requests.list(false)).extracting(RequestViews.Summary::id).doesNotContain(id);
            return null;
        });
    }

    @Test
    void aRequestWithoutFirstActionPastItsDayIsOverdueUntilTheFirstDecision() {
        long culture = staff.committeeId("kulturnamnden");
        long caseId = complaintWithAnswer(culture);
        String number = cases.status(caseId).orElseThrow().caseNumber();
        long id = StaffFixtures.asHandler("registrator", culture,
                () -> requests.register(number, List.of("complaint"), null, "en", LocalDate.now(CityTime.ZONE).minusDays(10)));
        StaffFixtures.asHandler("handlaggare", culture, () -> {
            assertThat(requests.list(true)).extracting(RequestViews.Summary::id).contains(id);
            requests.decide(id, "complaint", ReviewDecision.RELEASE, null, List.of());
            assertThat(requests.list(true)).extracting(RequestViews.Summary::id).doesNotContain(id);
            return null;
        });
    }

    @Test
    void aReferralAnswersCaseIsRequestedReviewedAndReleasedWithItsAttachmentAndARedactedPassageAbsent() throws Exception {
        long culture = staff.committeeId("kulturnamnden");
        String secret = "skolkuratorn Berit Hemlund";
        long caseId = otherKinds.referralAnswer(culture, "Biblioteksplan " + ADDRESS.incrementAndGet(),
                "Utbildningsnamnden tillstyrker planen. Synpunkter fran " + secret + " bifogas.",
                "Bilaga: elevernas synpunkter om lasfrämjande");
        String number = cases.status(caseId).orElseThrow().caseNumber();
        assertThat(jdbc.sql("select kind from routing_case where id = :id").param("id", caseId).query(String.class).single())
                .isEqualTo("REFERRAL_ANSWER");

        long id = StaffFixtures.asHandler("registrator", culture, () -> {
            assertThat(requests.documentsOf(number)).extracting(RequestViews.Choice::key).containsExactly("answer", "attachment-1");
            return requests.register(number, List.of("answer", "attachment-1"), null, "sv", null);
        });
        assertThat(jdbc.sql("select subject_kind from records_request where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("REFERRAL_ANSWER");
        StaffFixtures.asHandler("handlaggare", culture, () -> {
            assertThat(requests.details(id).documents()).extracting(Document::text)
                    .anySatisfy(t -> assertThat(t).contains("tillstyrker planen", secret))
                    .anySatisfy(t -> assertThat(t).contains("elevernas synpunkter"));
            requests.decide(id, "answer", ReviewDecision.RELEASE_REDACTED, LegalGround.OSL_21_7, List.of(secret));
            requests.decide(id, "attachment-1", ReviewDecision.RELEASE, null, List.of());
            return null;
        });
        byte[] copy = StaffFixtures.asHandler("handlaggare", culture, () -> requests.releasedCopy(id));
        String released = text(copy).replaceAll("\\s+", " ");
        assertThat(released).contains("Kopia av allmän handling", number, "Utbildningsnamnden tillstyrker planen",
                "elevernas synpunkter", "[MASKERAT OSL 21 kap. 7 §]").doesNotContain("Berit", "Hemlund", "skolkuratorn");
        assertThat(PdfAValidation.problems(copy)).isNull();
        assertThat(jdbc.sql("select state from records_request where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DECIDED");
    }

    @Test
    void aBudgetProposalsCaseIsRequestedReviewedAndReleasedWithTheDecision() throws Exception {
        long culture = staff.committeeId("kulturnamnden");
        String secret = "grannen Sven Lönnqvist";
        long caseId = otherKinds.budgetProposal(culture, "Utegym vid Tensta träff",
                "Ett utegym vid träffen, föreslaget tillsammans med " + secret + ".", "Marken ägs inte av staden.");
        String number = cases.status(caseId).orElseThrow().caseNumber();
        long id = StaffFixtures.asHandler("registrator", culture, () -> {
            assertThat(requests.documentsOf(number)).extracting(RequestViews.Choice::key).containsExactly("proposal");
            return requests.register(number, List.of("proposal"), "Eva Frågvis", "en", null);
        });
        StaffFixtures.asHandler("handlaggare", culture, () -> {
            requests.decide(id, "proposal", ReviewDecision.RELEASE_REDACTED, LegalGround.OSL_21_7, List.of(secret));
            return null;
        });
        byte[] copy = StaffFixtures.asHandler("handlaggare", culture, () -> requests.releasedCopy(id));
        // The copy's lines are wrapped: compare with the line breaks as spaces.
        assertThat(text(copy).replaceAll("\\s+", " ")).contains(number, "Utegym vid Tensta träff", "Ett utegym vid träffen", "inte genomförbart",
                "Marken ägs inte av staden", "[MASKERAT OSL 21 kap. 7 §]").doesNotContain("Sven", "Lönnqvist");
        assertThat(PdfAValidation.problems(copy)).isNull();
    }

    @Test
    void anotherCommitteeCannotRequestHandleAReferralAnswerOrABudgetProposal() {
        long culture = staff.committeeId("kulturnamnden");
        long school = staff.committeeId("utbildningsnamnden");
        String answer = cases.status(otherKinds.referralAnswer(culture, "Kulturplan " + ADDRESS.incrementAndGet(),
                "Vi har inga synpunkter.", "Ingen bilagetext")).orElseThrow().caseNumber();
        String proposal = cases.status(otherKinds.budgetProposal(culture, "Konstgräs", "Konstgräs på bollplanen.",
                "Ryms inte i budgeten.")).orElseThrow().caseNumber();
        for (String number : List.of(answer, proposal)) {
            StaffFixtures.asHandler("skolans-registrator", school, () -> {
                assertThatThrownBy(() -> requests.documentsOf(number)).isInstanceOfSatisfying(RecordsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("records.register.case.error.notfound"));
                assertThatThrownBy(() -> requests.register(number, List.of("answer", "proposal"), null, "sv", null))
                        .isInstanceOfSatisfying(RecordsException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("records.register.case.error.notfound"));
                return null;
            });
        }
        long id = StaffFixtures.asHandler("registrator", culture, () -> requests.register(answer, List.of("answer"), null, "sv", null));
        StaffFixtures.asHandler("skolans-handlaggare", school, () -> {
            assertThatThrownBy(() -> requests.details(id)).isInstanceOfSatisfying(RecordsException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("records.request.error.notfound"));
            assertThatThrownBy(() -> requests.releasedCopy(id)).isInstanceOf(RecordsException.class);
            return null;
        });
    }
}
