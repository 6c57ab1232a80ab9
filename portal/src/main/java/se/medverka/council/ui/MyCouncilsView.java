package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import se.medverka.council.Councils;
import se.medverka.council.CurrentMember;
import se.medverka.council.Meetings;
import se.medverka.council.Minutes;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** "Mina råd": the signed-in member's councils and their meetings — no other council's. */
@Route(value = "rad/mina", layout = PublicLayout.class)
@AnonymousAllowed
public class MyCouncilsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Councils councils;
    private final Minutes meetings;
    private final AuthenticationContext authentication;

    public MyCouncilsView(Councils councils, Minutes meetings, AuthenticationContext authentication) {
        this.councils = councils;
        this.meetings = meetings;
        this.authentication = authentication;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("council.mine.title")));
        if (CurrentMember.personId().isEmpty()) {
            add(new Paragraph(getTranslation("council.mine.signedout.text")),
                    new Paragraph(new Anchor("rad/logga-in", getTranslation("council.signin.title"))));
            return;
        }
        for (Councils.CouncilSummary c : councils.mine(Language.fromLocale(getLocale()))) {
            add(new H2(c.name()));
            NativeTable table = CouncilUi.table(getTranslation("council.mine.meetings.caption", c.name()), List.of(
                    getTranslation("council.meeting.date.label"), getTranslation("council.meeting.place.label"),
                    getTranslation("council.mine.status.label")));
            for (Meetings.Meeting m : meetings.forMember(c.id())) {
                String status = m.published() ? getTranslation("council.mine.status.published.text")
                        : m.minutesSubmittedAt() != null ? getTranslation("council.mine.status.approval.text")
                        : getTranslation("council.mine.status.planned.text");
                CouncilUi.row(table, new Anchor("rad/mote/" + m.id(), Formats.dateTime(m.startsAt(), getLocale())),
                        m.place() != null ? m.place() : getTranslation("council.meeting.online.text"), status);
            }
            add(table, new Paragraph(new Anchor("rad/" + c.id(), getTranslation("council.mine.public.action"))));
        }
        Button logout = new Button(getTranslation("council.mine.logout.action"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        add(logout);
    }

    @Override
    public String titleKey() {
        return "council.mine.title";
    }
}
