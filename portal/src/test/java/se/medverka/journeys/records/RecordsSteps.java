package se.medverka.journeys.records;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.testsupport.StaffFixtures;

import static org.awaitility.Awaitility.await;

/** What the records journeys share: a complaint with an answer, combo boxes, downloaded PDFs as text. */
final class RecordsSteps {

    private RecordsSteps() {
    }

    /** A complaint routed to {@code committee} (the culture committee's service) and answered there; its case id. */
    static long answeredComplaint(Complaints complaints, se.medverka.complaint.ComplaintHandling handling, Cases cases, JdbcClient jdbc, long committee, String what, String address) {
        String number = complaints.submit(new ComplaintSubmission("TREATMENT", "library_culture", "spanga-tensta",
                "Biblioteket i Tensta", null, what, List.of("religion"), "En ursäkt", "ANONYMOUS", null, null, "sv", "",
                Instant.now().minusSeconds(60)), address).caseNumber();
        long caseId = jdbc.sql("select case_id from complaint where case_number = :n").param("n", number).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        StaffFixtures.asHandler("journey-handler", committee, () -> {
            handling.answer(caseId, "Vi har pratat med personalen.", "sv");
            return null;
        });
        return caseId;
    }

    /** Picks an option of the combo box labelled {@code label}: types it, then chooses the option the list shows. */
    static void choose(Page p, String label, String option) {
        com.microsoft.playwright.Locator box = p.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
        box.fill(option);
        // The list is filtered on the server: pick the option once it is shown (a fixed 300 ms wait
        // and the arrow key picked nothing on a busy machine, CI 2026-11-24).
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
        settleQuietly(p);
    }

    private static void settleQuietly(Page p) {
        p.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    static String pdfText(Download download) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
