package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Organisations;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The register of organisations that referrals can be sent to: name, contact address (stored
 * sealed, not shown again) and the language of the mails; add and take out. Reached from the
 * referrals page.
 */
@Route(value = "personal/organisationer", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class StaffOrganisationsView extends Div implements TranslatedTitle {

    private final Organisations organisations;

    public StaffOrganisationsView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("council-staff");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("council.organisations.title")),
                new Paragraph(getTranslation("council.organisations.intro.text")),
                new Anchor("personal/remisser", getTranslation("council.organisations.referrals.action")));
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        List<Organisations.RegisteredOrganisation> all = organisations.list();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("council.organisations.empty.text")));
        } else {
            NativeTable table = CouncilUi.table(getTranslation("council.organisations.title"), List.of(
                    getTranslation("council.organisation.name.label"), getTranslation("council.organisation.language.label"),
                    getTranslation("council.organisations.added.label"), getTranslation("council.organisations.remove.label")));
            for (Organisations.RegisteredOrganisation o : all) {
                Button remove = new Button(getTranslation("council.organisations.remove.action", o.name()), e -> act(errors, () -> {
                    organisations.remove(o.id());
                    Notices.success(getTranslation("council.organisations.removed.message", o.name()));
                }));
                CouncilUi.row(table, o.name(), o.language().nativeName(), Formats.date(o.addedAt().atZone(se.medverka.shared.time.CityTime.ZONE).toLocalDate(), getLocale()), remove);
            }
            add(table);
        }

        TextField name = new TextField(getTranslation("council.organisation.name.label"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("council.organisation.email.label"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("council.organisation.email.helper"));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("council.organisation.language.label"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.SV);
        Button add = new Button(getTranslation("council.organisation.add.action"), e -> act(errors, () -> {
            organisations.add(name.getValue(), email.getValue(), language.getValue());
            Notices.success(getTranslation("council.organisation.added.message", name.getValue()));
        }));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new H2(getTranslation("council.organisation.new.title")), errors, name, email, language, add);
        form.addClassName("council-form");
        add(form);
    }

    /** Runs a change and shows the register again, or shows the refusal and keeps what was typed. */
    private void act(Div errors, Runnable action) {
        try {
            action.run();
            show();
        } catch (CouncilException ex) {
            CouncilUi.show(errors, getTranslation(ex.messageKey()));
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    @Override
    public String titleKey() {
        return "council.organisations.title";
    }
}
