package se.medverka.council;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.internal.OrganisationStore;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;

/**
 * The register of organisations that referrals go to besides councils and committees: a name, a
 * contact address (sealed, as council members' are) and the language mails go out in. Staff of any
 * committee and administrators keep it; one register for the city. A referral copies an
 * organisation's name, address and language when it is sent, and the organisation answers through
 * its one-time link like every other recipient ({@link ReferralAnswers}).
 */
@Service
@Transactional
public class Organisations {

    /** An organisation in the register (its address is not shown; it is only opened to send). */
    public record RegisteredOrganisation(long id, String name, Language language, Instant addedAt) {
    }

    private final OrganisationStore store;
    private final CurrentStaff staff;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(OrganisationStore store, CurrentStaff staff, AuditLog audit, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an organisation; refused (nothing stored) without a name, with a bad address or a name already registered. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public long add(String name, String email, Language language) {
        String n = Councils.strip(name);
        String e = Councils.strip(email);
        if (n == null || n.length() > 200) {
            throw new CouncilException("council.organisation.name.error.required");
        }
        if (!Councils.validEmail(e)) {
            throw new CouncilException("council.organisation.email.error.invalid");
        }
        if (store.nameTaken(n)) {
            throw new CouncilException("council.organisation.name.error.exists");
        }
        long id = store.add(n, e, language == null ? Language.SV : language, clock.instant(), staff.actor());
        audit.record(staff.actor(), "ORGANISATION_REGISTERED", "council_organisation", String.valueOf(id), null);
        return id;
    }

    /** Takes an organisation out of the register; referrals already sent to it are not changed. */
    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    public void remove(long id) {
        if (!store.remove(id, clock.instant(), staff.actor())) {
            throw new CouncilException("council.error.notfound");
        }
        audit.record(staff.actor(), "ORGANISATION_REMOVED", "council_organisation", String.valueOf(id), null);
    }

    @PreAuthorize("hasAnyRole('HANDLER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RegisteredOrganisation> list() {
        return store.list();
    }
}
