package se.medverka.records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.complaint.ComplaintViews.Held;
import se.medverka.complaint.ComplaintRecords;
import se.medverka.records.internal.ArchivePackager;
import se.medverka.records.internal.CaseRecords;
import se.medverka.records.internal.RecordsSettings;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.time.CityTime;

/**
 * Deliveries to the city archive (e-arkiv). A handler of a committee exports a year of its closed
 * cases of every kind that has a {@link se.medverka.shared.records.PublicRecords} provider (complaints,
 * referral answers, budget proposals) as one E-ARK/FGS package (decrypted into the package, which is where the content is
 * meant to go, and nowhere else); the package is validated before the delivery is recorded. Once the
 * archive has taken it, staff confirm the archive's receipt — and only from then may the retention
 * job erase what a decision requiring delivery covers.
 */
@Service
@Transactional
public class ArchiveDeliveries {

    public record Delivery(long id, UUID packageId, long committeeId, int year, String fileName, String sha256, long size,
                           int caseCount, Instant createdAt, String createdBy, Instant receiptAt, String receiptBy,
                           String receiptReference) {
    }

    private final JdbcClient jdbc;
    private final ComplaintRecords complaints;
    private final CaseRecords records;
    private final RoutingRegister register;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final RecordsSettings settings;
    private final Clock clock;

    ArchiveDeliveries(JdbcClient jdbc, ComplaintRecords complaints, CaseRecords records, RoutingRegister register, CurrentStaff current, AuditLog audit,
                      RecordsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.records = records;
        this.register = register;
        this.current = current;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Packs the committee's cases of every provided kind closed in {@code year}, validates the package and records the
     * delivery. Refused, with nothing recorded and no package left behind, when there is nothing to deliver
     * or the package fails validation.
     */
    @PreAuthorize("hasRole('HANDLER')")
    public Delivery export(long committeeId, int year) {
        return export(committeeId, year, Progress.NONE);
    }

    /** How far a long export has come, for a person watching it: cases packed so far, then the checks. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void packed(int cases) {
            }

            @Override
            public void checking() {
            }
        };

        /** Another case is in the package: {@code cases} so far. */
        void packed(int cases);

        /** Every case is packed; the documents and the package are being checked. */
        void checking();
    }

    /** As {@link #export(long, int)}, telling {@code progress} how far it has come. */
    @PreAuthorize("hasRole('HANDLER')")
    public Delivery export(long committeeId, int year, Progress progress) {
        if (!current.committees(StaffRole.HANDLER).contains(committeeId)) {
            throw new RecordsException("records.archive.committee.error.notyours");
        }
        int thisYear = CityTime.today(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw new RecordsException("records.archive.year.error.invalid");
        }
        String committee = register.committee(committeeId).map(CommitteeSummary::name).orElseThrow();
        UUID packageId = UUID.randomUUID();
        Instant now = clock.instant();
        ArchivePackager.Result result = new ArchivePackager(Path.of(settings.archiveDir()), settings.parties(), 1)
                .build(packageId.toString(), committee, year, now,
                        each -> {
                            int[] packed = {0};
                            records.all().forEach(kind -> kind.closedCases(committeeId, year, c -> {
                                each.accept(c);
                                progress.packed(++packed[0]);
                            }));
                            progress.checking();
                        });
        if (result.caseIds().isEmpty()) {
            throw new RecordsException("records.archive.export.error.empty");
        }
        if (result.problem() != null) {
            audit.recordAlone(current.actor(), "RECORDS_ARCHIVE_INVALID", "committee", String.valueOf(committeeId),
                    year + " " + result.problem());
            throw new RecordsException(result.failed() == ArchivePackager.Check.ERMS
                    ? "records.archive.export.error.erms" : "records.archive.export.error.invalid");
        }
        return record(packageId, committeeId, year, result, now);
    }

    /** Records a built and validated package as a delivery (the cases it holds included). */
    Delivery record(UUID packageId, long committeeId, int year, ArchivePackager.Result result, Instant now) {
        long id = jdbc.sql("""
                insert into records_archive_delivery (package_id, committee_id, year, file_name, sha256, size_bytes,
                    case_count, created_at, created_by)
                values (:p, :c, :y, :f, :s, :size, :n, :at, :by) returning id""")
                .param("p", packageId).param("c", committeeId).param("y", year)
                .param("f", result.zip().getFileName().toString()).param("s", result.sha256()).param("size", result.size())
                .param("n", result.caseIds().size()).param("at", Timestamp.from(now)).param("by", current.actor())
                .query(Long.class).single();
        for (long caseId : result.caseIds()) {
            jdbc.sql("insert into records_archive_delivery_case (delivery_id, case_id) values (:d, :c)")
                    .param("d", id).param("c", caseId).update();
        }
        audit.record(current.actor(), "RECORDS_ARCHIVE_EXPORTED", "archive-delivery", String.valueOf(id),
                packageId + " " + year + " " + result.caseIds().size() + " cases sha256 " + result.sha256());
        return find(id).orElseThrow();
    }

    /** The archive has taken the package: its receipt (the archive's reference) is recorded, once. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void confirmReceipt(long deliveryId, String archiveReference) {
        Delivery d = find(deliveryId).filter(x -> current.mayActFor(StaffRole.HANDLER, x.committeeId()))
                .orElseThrow(() -> new RecordsException("records.archive.delivery.error.notfound"));
        String reference = archiveReference == null ? "" : archiveReference.strip();
        if (reference.isEmpty() || reference.length() > 200) {
            throw new RecordsException("records.archive.receipt.error.required");
        }
        if (d.receiptAt() != null) {
            throw new RecordsException("records.archive.receipt.error.already");
        }
        jdbc.sql("update records_archive_delivery set receipt_at = :at, receipt_by = :by, receipt_reference = :r where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", current.actor()).param("r", reference)
                .param("id", deliveryId).update();
        audit.record(current.actor(), "RECORDS_ARCHIVE_RECEIPTED", "archive-delivery", String.valueOf(deliveryId), reference);
    }

    /** The deliveries of the person's committees (all for administrators), newest first. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Delivery> list() {
        return jdbc.sql(SELECT + " order by created_at desc, id desc limit 500").query(ArchiveDeliveries::delivery).list()
                .stream().filter(d -> current.mayActFor(StaffRole.HANDLER, d.committeeId())).toList();
    }

    /** The package file, for the committee's handlers to hand to the archive. */
    @PreAuthorize("hasRole('HANDLER')")
    public Path packageFile(long deliveryId) {
        Delivery d = find(deliveryId).filter(x -> current.committees(StaffRole.HANDLER).contains(x.committeeId()))
                .orElseThrow(() -> new RecordsException("records.archive.delivery.error.notfound"));
        Path file = Path.of(settings.archiveDir()).resolve(d.fileName());
        if (!Files.isRegularFile(file)) {
            throw new RecordsException("records.archive.delivery.error.notfound");
        }
        audit.record(current.actor(), "RECORDS_ARCHIVE_DOWNLOADED", "archive-delivery", String.valueOf(deliveryId), d.fileName());
        return file;
    }

    /** The committees the person may export for. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CommitteeSummary> committees() {
        return register.committees().stream().filter(c -> current.committees(StaffRole.HANDLER).contains(c.id())).toList();
    }

    /** Complaints retention left in place, and why: the person's committees (all for administrators). */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Held> held() {
        if (current.isAdmin()) {
            return complaints.heldFromErasure(null);
        }
        return current.committees(StaffRole.HANDLER).stream().flatMap(c -> complaints.heldFromErasure(c).stream()).toList();
    }

    private Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ArchiveDeliveries::delivery).optional();
    }

    private static final String SELECT = """
            select id, package_id, committee_id, year, file_name, sha256, size_bytes, case_count, created_at, created_by,
                   receipt_at, receipt_by, receipt_reference from records_archive_delivery""";

    private static Delivery delivery(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp receipt = rs.getTimestamp("receipt_at");
        return new Delivery(rs.getLong("id"), rs.getObject("package_id", UUID.class), rs.getLong("committee_id"), rs.getInt("year"),
                rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getInt("case_count"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                receipt == null ? null : receipt.toInstant(), rs.getString("receipt_by"), rs.getString("receipt_reference"));
    }
}
