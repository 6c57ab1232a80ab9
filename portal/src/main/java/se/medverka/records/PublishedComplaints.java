package se.medverka.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintViews.PublicationFacts;
import se.medverka.complaint.ComplaintRecords;
import se.medverka.records.internal.ReleaseDocuments;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.stats.SmallCells;
import se.medverka.shared.time.CityTime;

/**
 * What stays public: a committee may publish, when its staff choose, an anonymised list of its closed
 * complaints with its answers — after a secrecy review of the answer (passages removed as in a released
 * copy). Only what the complaint concerned, the service and the year are shown, never the district, a
 * day or the resident's text; the service and the year are shown only for groups of at least
 * {@code medverka.followup.min-cell} published complaints of the committee (small-cell care).
 */
@Service
@Transactional
public class PublishedComplaints {

    /** One published complaint; {@code serviceType} and {@code year} are null where the group is too small. */
    public record Entry(String concerns, String serviceType, Integer year, String answer) {
    }

    private final JdbcClient jdbc;
    private final ComplaintRecords complaints;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final Clock clock;
    private final int threshold;

    PublishedComplaints(JdbcClient jdbc, ComplaintRecords complaints, RoutingRegister register, CurrentStaff current, AuditLog audit,
                        Clock clock, @Value("${medverka.followup.min-cell:5}") int minCell) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.register = register;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.threshold = SmallCells.threshold(minCell);
    }

    /**
     * Publishes a closed, answered complaint of the person's committee: its last answer with the given
     * passages removed (each must be in the answer) on the ground given. Once only per complaint.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public void publish(String caseNumber, List<String> passages, LegalGround ground) {
        long caseId = complaints.caseIdOf(caseNumber)
                .orElseThrow(() -> new RecordsException("records.register.case.error.notfound"));
        PublicationFacts facts = complaints.publicationFacts(caseId)
                .orElseThrow(() -> new RecordsException("records.publish.case.error.notclosed"));
        List<String> cut = passages == null ? List.of() : passages.stream().filter(p -> p != null && !p.isBlank()).toList();
        String answer = facts.lastAnswer();
        if (!cut.isEmpty()) {
            if (ground == null) {
                throw new RecordsException("records.review.ground.error.required");
            }
            for (String p : cut) {
                if (!answer.contains(p)) {
                    throw new RecordsException("records.review.passage.error.notfound");
                }
            }
            answer = ReleaseDocuments.redacted(answer, ReleaseDocuments.ranges(answer, cut, ground));
        }
        boolean already = jdbc.sql("select count(*) from records_published_complaint where case_id = :c").param("c", caseId)
                .query(Long.class).single() > 0;
        if (already) {
            throw new RecordsException("records.publish.case.error.already");
        }
        jdbc.sql("""
                insert into records_published_complaint (case_id, committee_id, year, concerns, service_type, answer, published_at, published_by)
                values (:c, :committee, :year, :concerns, :service, :answer, :at, :by)""")
                .param("c", caseId).param("committee", facts.committeeId())
                .param("year", facts.closedAt().atZone(CityTime.ZONE).getYear()).param("concerns", facts.concerns())
                .param("service", facts.serviceType()).param("answer", answer)
                .param("at", Timestamp.from(clock.instant())).param("by", current.actor()).update();
        audit.record(current.actor(), "RECORDS_COMPLAINT_PUBLISHED", "case", String.valueOf(caseId),
                cut.isEmpty() ? null : cut.size() + " passages removed, " + ground.citation());
    }

    /** The committees that have published anything, for the public list. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CommitteeSummary> committees() {
        List<Long> ids = jdbc.sql("select distinct committee_id from records_published_complaint").query(Long.class).list();
        return register.committees().stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** A committee's published complaints, newest year first, with small groups generalised. Open to anyone. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Entry> list(String committeeCode) {
        Long committee = register.committeeByCode(committeeCode).map(CommitteeSummary::id).orElse(null);
        if (committee == null) {
            return List.of();
        }
        record Row(int year, String concerns, String service, String answer) {
        }
        List<Row> rows = jdbc.sql("""
                select year, concerns, service_type, answer from records_published_complaint
                where committee_id = :c order by year desc, id desc""")
                .param("c", committee).query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        // The year is shown for years with enough published complaints; the service only where enough share
        // it within what is shown of the year (so that no service × year pair of fewer than the threshold appears).
        Map<Integer, Integer> perYear = new HashMap<>();
        rows.forEach(r -> perYear.merge(r.year(), 1, Integer::sum));
        Map<String, Integer> perServiceAndYear = new HashMap<>();
        for (Row r : rows) {
            Integer shownYear = perYear.get(r.year()) >= threshold ? r.year() : null;
            perServiceAndYear.merge(r.service() + "|" + shownYear, 1, Integer::sum);
        }
        List<Entry> out = new ArrayList<>();
        for (Row r : rows) {
            Integer shownYear = perYear.get(r.year()) >= threshold ? r.year() : null;
            boolean serviceShown = r.service() != null && perServiceAndYear.get(r.service() + "|" + shownYear) >= threshold;
            out.add(new Entry(r.concerns(), serviceShown ? r.service() : null, shownYear, r.answer()));
        }
        return out;
    }
}
