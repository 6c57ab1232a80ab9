package se.medverka.complaint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.csv.CsvFile;
import se.medverka.shared.security.CurrentStaff;

/** The data protection officer's review of who read which complaint (from the append-only audit log). */
@Service
@Transactional
public class ComplaintReads {

    private static final String SUBJECT = "case";

    private final AuditLog audit;
    private final CurrentStaff current;

    ComplaintReads(AuditLog audit, CurrentStaff current) {
        this.audit = audit;
        this.current = current;
    }

    /**
     * Who read which complaint and when, for the data protection officer (dataskyddsombud): a role
     * that is not among those being logged. Looking at the log is itself audited.
     */
    @PreAuthorize("hasRole('DPO')")
    public List<AuditLog.Entry> reads(int limit) {
        audit.record(current.actor(), "COMPLAINT_READS_REVIEWED", SUBJECT, null, null);
        return audit.reads(Math.max(1, Math.min(limit, 1000)), Complaints.AUDIT_READ);
    }

    /**
     * The log of reads as CSV (UTF-8 with BOM; time, reader, case id, case number) for the data
     * protection officer's own records; the export is audited.
     */
    @PreAuthorize("hasRole('DPO')")
    public byte[] readsCsv(int limit) {
        List<AuditLog.Entry> reads = audit.reads(Math.max(1, Math.min(limit, 100_000)), Complaints.AUDIT_READ);
        String csv = CsvFile.text(sheet -> {
            sheet.row("time", "reader", "case", "case_number");
            reads.forEach(e -> sheet.row(e.at(), e.actor(), e.subjectId(), e.detail()));
        });
        audit.record(current.actor(), "COMPLAINT_READS_EXPORTED", SUBJECT, null, null);
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
