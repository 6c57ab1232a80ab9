package se.medverka.council.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.council.Meetings;
import se.medverka.council.Minutes;
import se.medverka.council.Meetings.Details;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Approved minutes, item by item (§), with who approved them and when. Nothing before approval. */
@Route(value = "rad/protokoll/:id", layout = PublicLayout.class)
@AnonymousAllowed
public class MinutesView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Minutes minutes;
    private final Meetings meetings;

    public MinutesView(Minutes minutes, Meetings meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Details d = event.getRouteParameters().get("id").flatMap(CouncilUi::parse)
                .flatMap(minutes::publishedMinutes).orElse(null);
        if (d == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        add(new H1(getTranslation("council.minutes.title", Formats.dateTime(d.meeting().startsAt(), getLocale()))));
        show(this, d, meetings, getLocale());
    }

    /** The items and the approvals; shared with the member's view of a meeting. */
    static void show(Div into, Details d, Meetings meetings, java.util.Locale locale) {
        for (Meetings.Item item : d.items()) {
            into.add(new H2("§ " + item.number() + " " + item.title()));
            if (item.minutes() != null) {
                into.add(new Paragraph(item.minutes()));
            }
            for (Meetings.Document doc : item.documents()) {
                into.add(new Paragraph(CouncilUi.document(doc.fileName(), () -> meetings.document(doc.id()))));
            }
        }
        if (!d.approvers().isEmpty()) {
            into.add(new H2(into.getTranslation("council.minutes.approval.title")));
            UnorderedList list = new UnorderedList();
            for (Meetings.Approver a : d.approvers()) {
                list.add(new ListItem(a.confirmedAt() == null
                        ? into.getTranslation("council.minutes.approver.waiting.text", a.name(), into.getTranslation(a.role().labelKey()))
                        : into.getTranslation("council.minutes.approver.confirmed.text", a.name(),
                        into.getTranslation(a.role().labelKey()), Formats.dateTime(a.confirmedAt(), locale))));
            }
            into.add(list);
        }
    }

    @Override
    public String titleKey() {
        return "council.minutes.nav.label";
    }
}
