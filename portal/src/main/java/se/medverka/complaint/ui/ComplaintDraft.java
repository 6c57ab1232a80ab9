package se.medverka.complaint.ui;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import se.medverka.complaint.ComplaintSubmission;

/**
 * The complaint form's bean, bound with Vaadin's {@code BeanValidationBinder}. Its annotations
 * catch what a person forgets before anything is sent (messages are translation keys, the same
 * the service uses); the service still checks everything ({@code ComplaintInput}), as for any
 * request. "Don't know" in a select is the empty string here and {@code null} in the submission.
 */
public class ComplaintDraft {

    @NotBlank(message = "complaint.form.error.required")
    private String concerns;
    private String serviceType = "";
    private String district = "";
    private String place = "";
    private LocalDate incidentDate;
    @NotBlank(message = "complaint.form.error.required")
    private String what = "";
    private Set<String> grounds = new LinkedHashSet<>();
    private String wish = "";
    @NotBlank(message = "complaint.form.error.required")
    private String anonymity = "PIN";
    private String name = "";
    private String email = "";

    /** What the service receives: in the resident's language, with the trap's value and the form's opening time. */
    public ComplaintSubmission submission(String language, String trap, Instant openedAt) {
        return new ComplaintSubmission(concerns, blankToNull(serviceType), blankToNull(district), place, incidentDate,
                what, new ArrayList<>(grounds), wish, anonymity, name, email, language, trap, openedAt);
    }

    private static String blankToNull(String code) {
        return code == null || code.isEmpty() ? null : code;
    }

    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public String getServiceType() { return serviceType; }
    public void setServiceType(String serviceType) { this.serviceType = serviceType; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate incidentDate) { this.incidentDate = incidentDate; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public Set<String> getGrounds() { return grounds; }
    public void setGrounds(Set<String> grounds) { this.grounds = grounds; }
    public String getWish() { return wish; }
    public void setWish(String wish) { this.wish = wish; }
    public String getAnonymity() { return anonymity; }
    public void setAnonymity(String anonymity) { this.anonymity = anonymity; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
