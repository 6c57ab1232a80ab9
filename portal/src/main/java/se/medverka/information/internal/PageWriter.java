package se.medverka.information.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import se.medverka.audit.AuditLog;
import se.medverka.information.TranslationStatus;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;

/**
 * Stores checked page texts, for the editor and the import alike, and audits each change. Runs in
 * the caller's transaction; the callers enforce who may write.
 */
@Component
public class PageWriter {

    private final PageTextRepository texts;
    private final AuditLog audit;
    private final CurrentStaff staff;
    private final Clock clock;

    PageWriter(PageTextRepository texts, AuditLog audit, CurrentStaff staff, Clock clock) {
        this.texts = texts;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** True when something changed. */
    public boolean write(InformationPage page, Language language, String title, String markdown, TranslationStatus status) {
        PageText text = texts.findByPageIdAndLanguage(page.getId(), language.code())
                .orElseGet(() -> new PageText(page.getId(), language.code()));
        if (title.equals(text.getTitle()) && markdown.equals(text.getBody()) && status == text.getStatus()) {
            return false;
        }
        text.change(title, markdown, status, clock.instant(), staff.actor());
        texts.save(text);
        audit.record(staff.actor(), "PAGE_TEXT_SAVED", "information_page", page.getSlug(),
                language.code() + " " + status.key());
        return true;
    }
}
