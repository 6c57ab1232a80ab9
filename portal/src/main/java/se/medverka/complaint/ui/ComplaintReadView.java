package se.medverka.complaint.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import se.medverka.complaint.ComplaintViews.Details;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.complaint.Complaints;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** One complaint's content, read-only, for the city-wide complaint reader; opening it is audited. */
@Route(value = "personal/klagomal/las", layout = StaffLayout.class)
@RolesAllowed("COMPLAINT_READER")
public class ComplaintReadView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final ComplaintHandling complaints;
    private final Complaints districts;

    public ComplaintReadView(ComplaintHandling complaints, Complaints districts) {
        this.complaints = complaints;
        this.districts = districts;
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        removeAll();
        add(new Anchor("personal/klagomal/alla", getTranslation("complaint.staff.citywide.back.action")));
        Optional<Details> found = complaints.read(caseId);
        if (found.isEmpty()) {
            add(new H1(getTranslation("complaint.case.notfound.title")),
                    new Paragraph(getTranslation("complaint.case.error.notfound")));
            return;
        }
        Details d = found.get();
        add(new H1(getTranslation("complaint.case.title", d.caseNumber())),
                new Paragraph(getTranslation("complaint.staff.citywide.read.text")));
        add(new ComplaintFacts(d, districts.districts()));
        if (d.erased()) {
            add(new Paragraph(getTranslation("complaint.status.erased.text")));
        }
    }

    @Override
    public String titleKey() {
        return "complaint.staff.citywide.title";
    }
}
