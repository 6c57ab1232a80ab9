package se.medverka.legal.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import se.medverka.legal.AccessibilityReports;

/**
 * The accessibility report form's bean, bound with Vaadin's {@code BeanValidationBinder}; the
 * messages are the translation keys the service uses, and the service still checks everything.
 */
public class ReportDraft {

    @NotBlank(message = "legal.report.page.error.required")
    private String page = "";
    @NotBlank(message = "legal.report.what.error.required")
    private String what = "";
    @Pattern(regexp = "\\s*(?:" + AccessibilityReports.EMAIL_PATTERN + ")?\\s*", message = "legal.report.email.error.invalid")
    private String email = "";

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
