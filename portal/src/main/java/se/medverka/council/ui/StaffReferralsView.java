package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Councils;
import se.medverka.council.Meetings;
import se.medverka.council.Organisations;
import se.medverka.council.Referrals;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The referrals the person's committees sent, and a new one: the document (PDF), a last day, and
 * the recipients — councils, committees, organisations from the register ({@link StaffOrganisationsView})
 * and others typed in (one per line: name; address).
 */
@Menu(title = "council.referrals.nav.label", order = 245)
@Route(value = "personal/remisser", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaffReferralsView extends Div implements TranslatedTitle {

    private byte[] document;
    private String documentName;

    public StaffReferralsView(Referrals referrals, Councils councils, Organisations register, RoutingRegister committees,
                              CurrentStaff staff) {
        addClassName("council-staff");
        add(new H1(getTranslation("council.referrals.title")));
        NativeTable table = CouncilUi.table(getTranslation("council.referrals.title"), List.of(
                getTranslation("council.referral.title.label"), getTranslation("council.edit.committee.label"),
                getTranslation("council.referral.deadline.label"), getTranslation("council.referrals.answered.label")));
        for (Referrals.ReferralSummary r : referrals.forStaff()) {
            CouncilUi.row(table, new Anchor("personal/remisser/" + r.id(), r.title()), r.committeeName(),
                    Formats.date(r.deadline(), getLocale()), getTranslation("council.referrals.answered.text", r.answered(), r.recipients()));
        }
        add(table);

        add(new H2(getTranslation("council.referral.new.title")));
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        Select<CommitteeSummary> committee = new Select<>();
        committee.setLabel(getTranslation("council.referral.committee.label"));
        List<CommitteeSummary> all = committees.committees().stream().filter(CommitteeSummary::active).toList();
        List<CommitteeSummary> mine = all.stream().filter(c -> staff.mayActFor(StaffRole.HANDLER, c.id())).toList();
        committee.setItems(mine);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        if (mine.size() == 1) {
            committee.setValue(mine.getFirst());
        }
        TextField title = new TextField(getTranslation("council.referral.title.label"));
        title.setMaxLength(500);
        title.setWidthFull();
        TextArea summary = new TextArea(getTranslation("council.referral.summary.label"));
        summary.setWidthFull();
        summary.setMaxLength(50_000);
        DatePicker deadline = new DatePicker(getTranslation("council.referral.deadline.label"));
        CheckboxGroup<Councils.CouncilSummary> toCouncils = new CheckboxGroup<>(getTranslation("council.referral.councils.label"));
        toCouncils.setItems(councils.list(Language.fromLocale(getLocale())));
        toCouncils.setItemLabelGenerator(Councils.CouncilSummary::name);
        CheckboxGroup<CommitteeSummary> toCommittees = new CheckboxGroup<>(getTranslation("council.referral.committees.label"));
        toCommittees.setItems(all);
        toCommittees.setItemLabelGenerator(CommitteeSummary::name);
        CheckboxGroup<Organisations.RegisteredOrganisation> toRegistered = new CheckboxGroup<>(
                getTranslation("council.referral.registered.label"));
        toRegistered.setItems(register.list());
        toRegistered.setItemLabelGenerator(Organisations.RegisteredOrganisation::name);
        Anchor registerLink = new Anchor("personal/organisationer", getTranslation("council.organisations.manage.action"));
        TextArea organisations = new TextArea(getTranslation("council.referral.organisations.label"));
        organisations.setHelperText(getTranslation("council.referral.organisations.helper"));
        organisations.setWidthFull();
        var pdf = CouncilUi.pdfUpload(getTranslation("council.document.upload.action"),
                getTranslation("council.document.upload.helper"), (name, bytes) -> {
                    documentName = name;
                    document = bytes;
                }, () -> document = null);
        Button send = new Button(getTranslation("council.referral.send.action"), e -> {
            try {
                List<Referrals.Organisation> orgs = new ArrayList<>();
                for (String line : organisations.getValue().split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split(";");
                    if (parts.length != 2) {
                        throw new CouncilException("council.referral.organisation.error.invalid");
                    }
                    orgs.add(new Referrals.Organisation(parts[0], parts[1], Language.SV));
                }
                long id = referrals.send(new Referrals.NewReferral(committee.getValue() == null ? -1 : committee.getValue().id(),
                        title.getValue(), summary.getValue(), deadline.getValue(),
                        toCouncils.getValue().stream().map(Councils.CouncilSummary::id).toList(),
                        toCommittees.getValue().stream().map(CommitteeSummary::id).toList(), orgs,
                        toRegistered.getValue().stream().map(Organisations.RegisteredOrganisation::id).toList(),
                        document == null ? null : new Meetings.File(documentName, document)));
                Notices.success(getTranslation("council.referral.sent.message"));
                getUI().ifPresent(ui -> ui.navigate("personal/remisser/" + id));
            } catch (CouncilException ex) {
                CouncilUi.show(errors, getTranslation(ex.messageKey()));
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(errors, committee, title, summary, deadline, toCouncils, toCommittees, toRegistered, registerLink,
                organisations, pdf, send);
    }

    @Override
    public String titleKey() {
        return "council.referrals.nav.label";
    }
}
