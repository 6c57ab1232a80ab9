package se.medverka.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.medverka.council.Councils;
import se.medverka.council.Councils.CouncilSummary;
import se.medverka.council.Meetings;
import se.medverka.council.Minutes;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A council's public page: who sits in it (no addresses) and its meetings, with the approved minutes. */
@Route(value = "rad/:id", layout = PublicLayout.class)
@AnonymousAllowed
public class CouncilPageView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Councils councils;
    private final Minutes meetings;

    public CouncilPageView(Councils councils, Minutes meetings) {
        this.councils = councils;
        this.meetings = meetings;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CouncilSummary c = event.getRouteParameters().get("id").flatMap(CouncilUi::parse)
                .flatMap(id -> councils.find(id, Language.fromLocale(getLocale()))).orElse(null);
        if (c == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        add(new H1(c.name()), new Paragraph(getTranslation("council.page.about.text", getTranslation(c.kind().labelKey()),
                c.committeeName())));
        add(new H2(getTranslation("council.page.members.title")));
        NativeTable members = CouncilUi.table(getTranslation("council.page.members.title"), List.of(
                getTranslation("council.member.name.label"), getTranslation("council.member.organisation.label"),
                getTranslation("council.member.role.label"), getTranslation("council.member.mandate.label")));
        for (Councils.Member m : councils.currentMembers(c.id())) {
            CouncilUi.row(members, m.name(), m.organisation(), getTranslation(m.role().labelKey()),
                    Formats.date(m.mandateFrom(), getLocale()) + " – " + Formats.date(m.mandateTo(), getLocale()));
        }
        add(members);
        add(new H2(getTranslation("council.page.meetings.title")));
        NativeTable table = CouncilUi.table(getTranslation("council.page.meetings.title"), List.of(
                getTranslation("council.meeting.date.label"), getTranslation("council.meeting.place.label"),
                getTranslation("council.page.minutes.label")));
        for (Meetings.Meeting m : meetings.publicMeetings(c.id())) {
            Object minutes = m.published()
                    ? new Anchor("rad/protokoll/" + m.id(), getTranslation("council.page.minutes.action", Formats.dateTime(m.startsAt(), getLocale())))
                    : getTranslation("council.page.minutes.pending.text");
            CouncilUi.row(table, Formats.dateTime(m.startsAt(), getLocale()),
                    m.place() != null ? m.place() : getTranslation("council.meeting.online.text"), minutes);
        }
        add(table);
    }

    @Override
    public String titleKey() {
        return "council.list.title";
    }
}
