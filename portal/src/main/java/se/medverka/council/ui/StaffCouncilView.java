package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Councils;
import se.medverka.council.Meetings;
import se.medverka.council.MemberRole;
import se.medverka.legal.PrivacyNotices;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.time.CityTime;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** One council for its staff: members and inviting new ones, meetings and planning a new one. */
@Route(value = "personal/rad/:id", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaffCouncilView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Councils councils;
    private final Meetings meetings;
    private final PrivacyNotices notices;
    private final java.time.Clock clock;

    public StaffCouncilView(Councils councils, Meetings meetings, PrivacyNotices notices, java.time.Clock clock) {
        this.clock = clock;
        this.councils = councils;
        this.meetings = meetings;
        this.notices = notices;
        addClassName("council-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").flatMap(CouncilUi::parse).orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        Councils.CouncilSummary c = councils.forStaff(id, Language.fromLocale(getLocale())).orElse(null);
        if (c == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        add(new H1(c.name()), new Anchor("rad/" + id, getTranslation("council.staff.public.action")));
        add(new H2(getTranslation("council.page.members.title")));
        NativeTable members = CouncilUi.table(getTranslation("council.page.members.title"), List.of(
                getTranslation("council.member.name.label"), getTranslation("council.member.organisation.label"),
                getTranslation("council.member.role.label"), getTranslation("council.member.mandate.label"),
                getTranslation("council.member.language.label")));
        for (Councils.Member m : councils.members(id)) {
            CouncilUi.row(members, m.name(), m.organisation(), getTranslation(m.role().labelKey()),
                    Formats.date(m.mandateFrom(), getLocale()) + " – " + Formats.date(m.mandateTo(), getLocale()),
                    Language.fromCode(m.language()).map(Language::nativeName).orElse(m.language()));
        }
        add(members);
        add(inviteForm(id, c.committeeName()));
        add(new H2(getTranslation("council.page.meetings.title")));
        NativeTable table = CouncilUi.table(getTranslation("council.page.meetings.title"), List.of(
                getTranslation("council.meeting.date.label"), getTranslation("council.meeting.place.label"),
                getTranslation("council.mine.status.label")));
        for (Meetings.Meeting m : meetings.forStaff(id)) {
            String status = m.published() ? getTranslation("council.mine.status.published.text")
                    : m.minutesSubmittedAt() != null ? getTranslation("council.mine.status.approval.text")
                    : getTranslation("council.mine.status.planned.text");
            CouncilUi.row(table, new Anchor("personal/rad/mote/" + m.id(), Formats.dateTime(m.startsAt(), getLocale())),
                    m.place() != null ? m.place() : m.link(), status);
        }
        add(table, meetingForm(id));
    }

    private Div inviteForm(long councilId, String committeeName) {
        Div form = new Div();
        form.addClassName("council-form");
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        TextField name = new TextField(getTranslation("council.member.name.label"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        TextField organisation = new TextField(getTranslation("council.member.organisation.label"));
        organisation.setMaxLength(200);
        RadioButtonGroup<MemberRole> role = new RadioButtonGroup<>(getTranslation("council.member.role.label"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(MemberRole.MEMBER);
        LocalDate today = CityTime.today(clock);
        DatePicker from = new DatePicker(getTranslation("council.member.from.label"), today);
        DatePicker to = new DatePicker(getTranslation("council.member.to.label"), today.plusYears(1).minusDays(1));
        EmailField email = new EmailField(getTranslation("council.member.email.label"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("council.member.language.label"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        Button invite = new Button(getTranslation("council.member.invite.action"), e -> {
            try {
                councils.invite(councilId, new Councils.NewMember(name.getValue(), organisation.getValue(), role.getValue(),
                        from.getValue(), to.getValue(), email.getValue(), language.getValue()));
                Notices.success(getTranslation("council.member.invited.message", name.getValue()));
                show(councilId);
            } catch (CouncilException ex) {
                CouncilUi.show(errors, getTranslation(ex.messageKey()));
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(new H2(getTranslation("council.member.invite.title")), errors, name, organisation, role, from, to, email,
                language, notices.councilMember(committeeName), invite);
        return form;
    }

    private Div meetingForm(long councilId) {
        Div form = new Div();
        form.addClassName("council-form");
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        DatePicker date = new DatePicker(getTranslation("council.meeting.date.label"));
        TimePicker start = new TimePicker(getTranslation("council.meeting.start.label"), LocalTime.of(17, 0));
        TimePicker end = new TimePicker(getTranslation("council.meeting.end.label"), LocalTime.of(19, 0));
        TextField place = new TextField(getTranslation("council.meeting.place.label"));
        place.setMaxLength(500);
        TextField link = new TextField(getTranslation("council.meeting.link.label"));
        link.setHelperText(getTranslation("council.meeting.link.helper"));
        link.setMaxLength(500);
        Button create = new Button(getTranslation("council.meeting.create.action"), e -> {
            try {
                if (date.getValue() == null || start.getValue() == null || end.getValue() == null) {
                    throw new CouncilException("council.meeting.time.error.required");
                }
                long id = meetings.create(councilId, new Meetings.NewMeeting(
                        date.getValue().atTime(start.getValue()).atZone(CityTime.ZONE).toInstant(),
                        date.getValue().atTime(end.getValue()).atZone(CityTime.ZONE).toInstant(), place.getValue(), link.getValue()));
                getUI().ifPresent(ui -> ui.navigate("personal/rad/mote/" + id));
            } catch (CouncilException ex) {
                CouncilUi.show(errors, getTranslation(ex.messageKey()));
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(new H2(getTranslation("council.meeting.new.title")), errors, date, start, end, place, link, create);
        return form;
    }

    @Override
    public String titleKey() {
        return "council.staff.nav.label";
    }
}
