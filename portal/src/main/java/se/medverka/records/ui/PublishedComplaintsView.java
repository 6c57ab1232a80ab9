package se.medverka.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;

import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.records.PublishedComplaints;
import se.medverka.records.PublishedComplaints.Entry;
import se.medverka.routing.CommitteeSummary;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The anonymised complaints a committee has chosen to publish with its answers: what each concerned,
 * the service and the year where enough share them, and the answer after secrecy review.
 */
@Route(value = "klagomal/publicerade", layout = PublicLayout.class)
@AnonymousAllowed
public class PublishedComplaintsView extends Div implements HasUrlParameter<String>, TranslatedTitle {

    private final PublishedComplaints published;

    public PublishedComplaintsView(PublishedComplaints published) {
        this.published = published;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String committee) {
        removeAll();
        add(new H1(getTranslation("records.published.title")), new Paragraph(getTranslation("records.published.intro")));
        if (committee == null || committee.isBlank()) {
            UnorderedList list = new UnorderedList();
            for (CommitteeSummary c : published.committees()) {
                list.add(new ListItem(new Anchor("klagomal/publicerade/" + c.code(), c.name())));
            }
            if (list.getChildren().findAny().isEmpty()) {
                add(new Paragraph(getTranslation("records.published.none.text")));
            }
            add(list);
            return;
        }
        var entries = published.list(committee);
        published.committees().stream().filter(c -> c.code().equals(committee)).findFirst()
                .ifPresent(c -> add(new H2(c.name())));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("records.published.none.text")));
        }
        for (Entry e : entries) {
            Section item = new Section();
            item.add(new H2(heading(e)), new Paragraph(e.answer()));
            add(item);
        }
        add(new Paragraph(new Anchor("klagomal/publicerade", getTranslation("records.published.all.action"))));
    }

    private String heading(Entry e) {
        String concerns = getTranslation(switch (e.concerns()) {
            case "TREATMENT" -> "records.published.concerns.treatment.label";
            case "ACCESSIBILITY" -> "records.published.concerns.accessibility.label";
            default -> "records.published.concerns.both.label";
        });
        String service = e.serviceType() == null ? getTranslation("records.published.service.hidden.label")
                : getTranslation("routing.servicetype." + e.serviceType() + ".label");
        String year = e.year() == null ? getTranslation("records.published.year.hidden.label") : String.valueOf(e.year());
        return concerns + " – " + service + " – " + year;
    }

    @Override
    public String titleKey() {
        return "records.published.title";
    }
}
