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

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** Each complaint from its own documentation address (RFC 5737), so no sender reaches the hourly limit. */
    private static String nextAddress() {
        return "192.0.2." + (1 + ADDRESSES.getAndIncrement() % 250);
    }

    /** An anonymous complaint with a code about a library, in {@code language}; returns its case id. */
    long libraryComplaint(String language) {
        return complaint("library_culture", language);
    }

    /** An anonymous complaint with a code about {@code serviceType} (null: unknown), in {@code language}. */
    long complaint(String serviceType, String language) {
        var receipt = complaints.submit(new ComplaintSubmission("TREATMENT", serviceType, null, null, null,
                "Bibliotekarien lyssnade inte på mig.", List.of("age"), null, "PIN", null, null, language, "",
                Instant.now().minusSeconds(120)), nextAddress());
        return jdbc.sql("select case_id from complaint where case_number = :n").param("n", receipt.caseNumber())
                .query(Long.class).single();
    }
}
