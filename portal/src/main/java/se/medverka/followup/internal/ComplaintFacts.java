package se.medverka.followup.internal;

import java.sql.Date;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.complaint.ComplaintFigures;
import se.medverka.complaint.Complaints;
import se.medverka.routing.CaseEvents.CaseAssigned;
import se.medverka.routing.CaseEvents.CaseForwarded;

/**
 * Keeps one anonymous fact per complaint in {@code followup_complaint_fact}, in routing's
 * transaction (so a fact is never lost nor doubled). It listens to routing rather than to
 * ComplaintReceived because the committee is only known once routing has assigned the case. The
 * fact holds no id: the complaint module hands over its figures only, and a forward moves any one
 * row with the same values — such rows are interchangeable.
 */
@Component
class ComplaintFacts {

    private static final String UNKNOWN_SERVICE = "other";

    private final Complaints complaints;
    private final JdbcClient jdbc;

    ComplaintFacts(Complaints complaints, JdbcClient jdbc) {
        this.complaints = complaints;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseAssigned event) {
        complaints.figures(event.caseId()).ifPresent(f -> insert(event.committeeId(), f));
    }

    @EventListener
    void on(CaseForwarded event) {
        complaints.figures(event.caseId()).ifPresent(f -> {
            withFact(jdbc.sql("""
                    delete from followup_complaint_fact where ctid = (
                        select ctid from followup_complaint_fact
                        where committee_id = :committee and concerns = :concerns and service_type = :service
                          and district is not distinct from :district and grounds = cast(:grounds as text[])
                          and received_on = :received
                        limit 1)"""), event.fromCommitteeId(), f).update();
            insert(event.toCommitteeId(), f);
        });
    }

    private void insert(long committeeId, ComplaintFigures f) {
        withFact(jdbc.sql("""
                insert into followup_complaint_fact (committee_id, concerns, service_type, district, grounds, received_on)
                values (:committee, :concerns, :service, :district, cast(:grounds as text[]), :received)"""), committeeId, f)
                .update();
    }

    /** Binds the columns of one fact row, the same for adding it and for finding it again. */
    private static JdbcClient.StatementSpec withFact(JdbcClient.StatementSpec sql, long committeeId, ComplaintFigures f) {
        return sql.param("committee", committeeId)
                .param("concerns", f.concerns())
                .param("service", serviceType(f))
                .param("district", f.district(), java.sql.Types.VARCHAR)
                .param("grounds", array(f))
                .param("received", Date.valueOf(f.receivedOn()));
    }

    /** The grounds as a PostgreSQL array literal, sorted so that equal sets compare equal (codes are [a-z_]). */
    private static String array(ComplaintFigures f) {
        return "{" + String.join(",", f.grounds().stream().sorted().toList()) + "}";
    }

    /** "Don't know" counts under the register's own "other, or don't know" service type. */
    private static String serviceType(ComplaintFigures f) {
        return f.serviceType() == null ? UNKNOWN_SERVICE : f.serviceType();
    }
}
