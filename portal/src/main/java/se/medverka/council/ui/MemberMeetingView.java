package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.council.CouncilException;
import se.medverka.council.Meetings;
import se.medverka.council.Minutes;
import se.medverka.council.Meetings.Details;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A meeting of one of the member's councils: the agenda, documents, minutes, and approving them. */
@Route(value = "rad/mote/:id", layout = PublicLayout.class)
@RolesAllowed("COUNCIL_MEMBER")
public class MemberMeetingView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Minutes minutes;
    private final Meetings meetings;

    public MemberMeetingView(Minutes minutes, Meetings meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").flatMap(CouncilUi::parse).orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        Details d = minutes.detailsForMember(id).orElse(null);
        if (d == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        Meetings.Meeting m = d.meeting();
        add(new H1(getTranslation("council.meeting.title", Formats.dateTime(m.startsAt(), getLocale()))));
        if (m.place() != null) {
            add(new Paragraph(getTranslation("council.meeting.place.label") + ": " + m.place()));
        }
        if (m.link() != null) {
            add(new Paragraph(new Anchor(m.link(), getTranslation("council.meeting.link.action"))));
        }
        MinutesView.show(this, d, meetings, getLocale());
        if (m.minutesSubmittedAt() != null && !m.published()) {
            if (m.approveBy() != null) {
                add(new Paragraph(getTranslation("council.meeting.approveby.text", Formats.date(m.approveBy(), getLocale()))));
            }
            Button approve = new Button(getTranslation("council.meeting.approve.action"), e -> {
                try {
                    boolean published = minutes.approve(id);
                    Notices.success(getTranslation(published ? "council.meeting.published.message" : "council.meeting.approved.message"));
                    show(id);
                } catch (CouncilException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            add(approve);
        }
        add(new Paragraph(new Anchor("rad/mina", getTranslation("council.mine.back.action"))));
    }

    @Override
    public String titleKey() {
        return "council.mine.title";
    }
}
