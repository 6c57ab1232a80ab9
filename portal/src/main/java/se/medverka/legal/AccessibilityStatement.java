package se.medverka.legal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.information.InformationPages;
import se.medverka.information.InformationPages.PageView;
import se.medverka.legal.LegalException.Problem;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;

/**
 * The accessibility statement's variable parts. The date of assessment and the contact are
 * language-neutral and kept here; the known gaps are text in every language with a translation
 * status, so they are the information page {@link #GAPS_PAGE}, edited where the other pages are.
 */
@Service
@Transactional
public class AccessibilityStatement {

    /** The information page that holds the known gaps (not listed among the information pages). */
    public static final String GAPS_PAGE = "tillganglighet-kanda-brister";
    private static final Pattern EMAIL = Pattern.compile(AccessibilityReports.EMAIL_PATTERN);
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,40}");

    /** What the statement shows besides its fixed text. */
    public record Statement(LocalDate assessedOn, String contactEmail, String contactPhone, Optional<PageView> gaps) {
    }

    private final JdbcClient jdbc;
    private final InformationPages pages;
    private final AuditLog audit;
    private final CurrentStaff staff;
    private final Clock clock;

    AccessibilityStatement(JdbcClient jdbc, InformationPages pages, AuditLog audit, CurrentStaff staff, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** The statement in a language (the gaps in it or the nearest translation). Open to everyone. */
    @PermitAll
    @Transactional(readOnly = true)
    public Statement read(Language language) {
        return jdbc.sql("select assessed_on, contact_email, contact_phone from legal_statement where id = 1")
                .query((rs, n) -> new Statement(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        pages.read(GAPS_PAGE, language)))
                .single();
    }

    /** Changes the date of assessment and the contact; audited. */
    @RolesAllowed("ADMIN")
    public void update(LocalDate assessedOn, String contactEmail, String contactPhone) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = se.medverka.shared.time.CityTime.today(clock);
        if (assessedOn == null) {
            problems.add(new Problem("assessedOn", "legal.admin.assessed.error.required"));
        } else if (assessedOn.isAfter(today)) {
            problems.add(new Problem("assessedOn", "legal.admin.assessed.error.future"));
        }
        String email = contactEmail == null ? "" : contactEmail.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("contactEmail", "legal.admin.email.error.invalid"));
        }
        String phone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem("contactPhone", "legal.admin.phone.error.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new LegalException(problems);
        }
        jdbc.sql("""
                update legal_statement set assessed_on = :d, contact_email = :e, contact_phone = :p,
                       updated_at = :now, updated_by = :by where id = 1""")
                .param("d", assessedOn).param("e", email).param("p", phone)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("by", staff.actor()).update();
        audit.record(staff.actor(), "STATEMENT_CHANGED", "legal_statement", "1", "assessed_on=" + assessedOn);
    }
}
