package se.medverka.journeys.defects;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintSubmission;
import se.medverka.complaint.Complaints;

/** Complaints sent as a resident would, for the staff pages to show. */
@Component
class ComplaintTestData {

    private final Complaints complaints;
    private final JdbcClient jdbc;

    ComplaintTestData(Complaints complaints, JdbcClient jdbc) {
        this.complaints = complaints;
        this.jdbc = jdbc;
    }

    /** An anonymous complaint with a code about a library, in {@code language}; returns its case id. */
    long libraryComplaint(String language) {
        return complaint("library_culture", language);
    }

    /** An anonymous complaint with a code about {@code serviceType} (null: unknown), in {@code language}. */
    long complaint(String serviceType, String language) {
        var receipt = complaints.submit(new ComplaintSubmission("TREATMENT", serviceType, null, null, null,
                "Bibliotekarien lyssnade inte på mig.", List.of("age"), null, "PIN", null, null, language, "",
                Instant.now().minusSeconds(120)), "127.0.0.1");
        return jdbc.sql("select case_id from complaint where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
    }
}
