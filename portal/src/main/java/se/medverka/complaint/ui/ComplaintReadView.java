package se.medverka.complaint.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
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
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** One complaint's content, read-only, for the city-wide complaint reader; opening it is audited. */
@Route(value = "personal/klagomal/las", layout = StaffLayout.class)
@RolesAllowed("COMPLAINT_READER")
public class ComplaintReadView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final ComplaintHandling complaints;

    public ComplaintReadView(ComplaintHandling complaints) {
        this.complaints = complaints;
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
        DescriptionList facts = new DescriptionList();
        facts.addClassName("receipt-summary");
        fact(facts, "complaint.status.state.label", ComplaintTexts.state(d.state()));
        fact(facts, "complaint.status.committee.label", d.committeeName());
        fact(facts, "complaint.receipt.received.label", Formats.dateTime(d.receivedAt(), getLocale()));
        fact(facts, "complaint.status.due.label", Formats.date(d.answerDue(), getLocale()));
        fact(facts, "complaint.form.concerns.label", ComplaintTexts.concerns(d.concerns()));
        fact(facts, "complaint.form.servicetype.label", ComplaintTexts.serviceType(d.serviceType()));
        fact(facts, "complaint.form.place.label", d.place());
        fact(facts, "complaint.form.what.label", d.what());
        fact(facts, "complaint.form.grounds.label", ComplaintTexts.grounds(d.grounds()));
        fact(facts, "complaint.form.wish.label", d.wish());
        fact(facts, "complaint.form.anonymity.label", ComplaintTexts.anonymity(d.anonymity()));
        fact(facts, "complaint.form.name.label", d.name());
        fact(facts, "complaint.form.email.label", d.email());
        fact(facts, "complaint.case.language.label", Language.fromCode(d.language()).map(Language::nativeName).orElse(d.language()));
        add(facts);
        if (d.erased()) {
            add(new Paragraph(getTranslation("complaint.status.erased.text")));
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null || value.isEmpty() ? "–" : value));
    }

    @Override
    public String titleKey() {
        return "complaint.staff.citywide.title";
    }
}
