package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Councils;
import se.medverka.council.Meetings;
import se.medverka.council.MemberRole;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * A meeting for the council's staff: the numbered agenda with PDF documents, the invitation mail,
 * the minutes item by item, and submitting them for approval by the chair and named members.
 */
@Route(value = "personal/rad/mote/:id", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaffMeetingView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final Meetings meetings;
    private final Councils councils;
    private byte[] upload;
    private String uploadName;

    public StaffMeetingView(Meetings meetings, Councils councils) {
        this.meetings = meetings;
        this.councils = councils;
        addClassName("council-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").flatMap(CouncilUi::parse).orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        upload = null;
        uploadName = null;
        Meetings.Details d = meetings.detailsForStaff(id).orElse(null);
        if (d == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        Meetings.Meeting m = d.meeting();
        boolean open = m.minutesSubmittedAt() == null;
        add(new H1(getTranslation("council.meeting.title", Formats.dateTime(m.startsAt(), getLocale()))),
                new Anchor("personal/rad/" + m.councilId(), getTranslation("council.meeting.back.action")));
        if (m.invitedAt() != null) {
            add(new Paragraph(getTranslation("council.meeting.invited.text", Formats.dateTime(m.invitedAt(), getLocale()))));
        }
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        add(errors);

        add(new H2(getTranslation("council.meeting.agenda.title")));
        for (Meetings.Item item : d.items()) {
            add(new H3("§ " + item.number() + " " + item.title()));
            for (Meetings.Document doc : item.documents()) {
                add(new Paragraph(CouncilUi.document(doc.fileName(), () -> meetings.document(doc.id()))));
            }
            TextArea minutes = new TextArea(getTranslation("council.minutes.item.label", item.number()));
            minutes.setValue(item.minutes() == null ? "" : item.minutes());
            minutes.setWidthFull();
            minutes.setReadOnly(!open);
            add(minutes);
            if (open) {
                add(new Button(getTranslation("council.minutes.save.action", item.number()), e -> act(errors, () -> {
                    meetings.writeMinutes(item.id(), minutes.getValue());
                    Notices.success(getTranslation("council.minutes.saved.message", item.number()));
                })));
            }
        }
        if (open) {
            TextField title = new TextField(getTranslation("council.item.title.label"));
            title.setMaxLength(500);
            var pdf = CouncilUi.pdfUpload(getTranslation("council.document.upload.action"),
                    getTranslation("council.document.upload.helper"), (name, bytes) -> {
                        uploadName = name;
                        upload = bytes;
                    }, () -> upload = null);
            Button add = new Button(getTranslation("council.item.add.action"), e -> act(errors, () -> {
                meetings.addItem(id, title.getValue(), upload == null ? null : new Meetings.File(uploadName, upload));
                show(id);
            }));
            add(new H3(getTranslation("council.item.new.title")), title, pdf, add);

            Button invite = new Button(getTranslation("council.meeting.invite.action"), e -> act(errors, () -> {
                meetings.sendInvitation(id);
                Notices.success(getTranslation("council.meeting.invitesent.message"));
                show(id);
            }));
            add(new H2(getTranslation("council.meeting.invite.title")), invite);

            add(new H2(getTranslation("council.minutes.submit.title")));
            CheckboxGroup<Councils.Member> approvers = new CheckboxGroup<>(getTranslation("council.minutes.approvers.label"));
            List<Councils.Member> members = councils.members(m.councilId()).stream()
                    .filter(x -> x.role() != MemberRole.CHAIR).toList();
            approvers.setItems(members);
            approvers.setItemLabelGenerator(Councils.Member::name);
            approvers.setHelperText(getTranslation("council.minutes.approvers.helper"));
            DatePicker by = new DatePicker(getTranslation("council.minutes.approveby.label"));
            Button submit = new Button(getTranslation("council.minutes.submit.action"), e -> act(errors, () -> {
                meetings.submitMinutes(id, approvers.getValue().stream().map(Councils.Member::id).toList(), by.getValue());
                Notices.success(getTranslation("council.minutes.submitted.message"));
                show(id);
            }));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            add(approvers, by, submit);
        } else {
            Div approval = new Div();
            add(approval);
            approval.add(new H2(getTranslation("council.minutes.approval.title")));
            for (Meetings.Approver a : d.approvers()) {
                approval.add(new Paragraph(a.confirmedAt() == null
                        ? getTranslation("council.minutes.approver.waiting.text", a.name(), getTranslation(a.role().labelKey()))
                        : getTranslation("council.minutes.approver.confirmed.text", a.name(), getTranslation(a.role().labelKey()),
                        Formats.dateTime(a.confirmedAt(), getLocale()))));
            }
        }
    }

    private void act(Div errors, Runnable action) {
        try {
            action.run();
        } catch (CouncilException ex) {
            CouncilUi.show(errors, getTranslation(ex.messageKey()));
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    @Override
    public String titleKey() {
        return "council.staff.nav.label";
    }
}
