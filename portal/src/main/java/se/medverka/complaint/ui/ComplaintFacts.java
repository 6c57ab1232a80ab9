package se.medverka.complaint.ui;

import com.vaadin.flow.component.html.DescriptionList;
import java.util.Map;
import se.medverka.complaint.ComplaintViews.Details;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;

/**
 * A complaint's facts as staff read them — state, committee, dates, what the resident wrote, how
 * they want an answer — the same for the committee's handler and the city-wide complaint reader.
 */
class ComplaintFacts extends DescriptionList {

    ComplaintFacts(Details d, Map<String, String> districtNames) {
        addClassName("receipt-summary");
        fact("complaint.status.state.label", ComplaintTexts.state(d.state()));
        fact("complaint.status.committee.label", d.committeeName());
        fact("complaint.receipt.received.label", Formats.dateTime(d.receivedAt(), getLocale()));
        fact("complaint.status.due.label", Formats.date(d.answerDue(), getLocale()));
        fact("complaint.form.concerns.label", ComplaintTexts.concerns(d.concerns()));
        fact("complaint.form.servicetype.label", ComplaintTexts.serviceType(d.serviceType()));
        fact("complaint.form.district.label", d.district() == null ? getTranslation("complaint.form.dontknow.label")
                : districtNames.getOrDefault(d.district(), d.district()));
        fact("complaint.form.date.label", d.incidentDate() == null ? "" : Formats.date(d.incidentDate(), getLocale()));
        fact("complaint.form.place.label", d.place());
        fact("complaint.form.what.label", d.what());
        fact("complaint.form.grounds.label", ComplaintTexts.grounds(d.grounds()));
        fact("complaint.form.wish.label", d.wish());
        fact("complaint.form.anonymity.label", ComplaintTexts.anonymity(d.anonymity()));
        fact("complaint.form.name.label", d.name());
        fact("complaint.form.email.label", d.email());
        fact("complaint.case.language.label", Language.fromCode(d.language()).map(Language::nativeName).orElse(d.language()));
    }

    private void fact(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value == null || value.isEmpty() ? "–" : value));
    }
}
