package se.medverka.legal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import se.medverka.legal.AccessibilityStatement;
import se.medverka.legal.AccessibilityStatement.Statement;
import se.medverka.legal.LegalException;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Administrators keep the statement's variable parts current: the date of the latest assessment
 * and the contact here; the known gaps, which are text in ten languages with a translation status,
 * on the information page {@link AccessibilityStatement#GAPS_PAGE} in the information editor.
 */
@Route(value = "personal/tillganglighet", layout = StaffLayout.class)
@Menu(title = "legal.admin.nav.label", order = 520)
@RolesAllowed("ADMIN")
public class StatementAdminView extends VerticalLayout implements TranslatedTitle {

    public StatementAdminView(AccessibilityStatement statements) {
        addClassName("statement-admin");
        Statement s = statements.read(Language.SV);
        DatePicker assessed = new DatePicker(getTranslation("legal.admin.assessed.label"), s.assessedOn());
        assessed.setLocale(Language.fromLocale(getLocale()).formatLocale());
        EmailField email = new EmailField(getTranslation("legal.admin.email.label"));
        email.setValue(s.contactEmail());
        email.setMaxLength(254);
        TextField phone = new TextField(getTranslation("legal.admin.phone.label"));
        phone.setValue(s.contactPhone() == null ? "" : s.contactPhone());
        phone.setMaxLength(40);
        Map<String, HasValidation> fields = Map.of("assessedOn", assessed, "contactEmail", email, "contactPhone", phone);
        Button save = new Button(getTranslation("legal.admin.save.action"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                statements.update(assessed.getValue(), email.getValue(), phone.getValue());
                Notices.success(getTranslation("legal.admin.saved.message"));
            } catch (LegalException ex) {
                StringBuilder all = new StringBuilder();
                ex.problems().forEach(p -> {
                    HasValidation f = fields.get(p.field());
                    if (f != null) {
                        f.setErrorMessage(getTranslation(p.messageKey()));
                        f.setInvalid(true);
                    }
                    all.append(getTranslation(p.messageKey())).append(' ');
                });
                Notices.error(all.toString().strip());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("legal.admin.title")), new Paragraph(getTranslation("legal.admin.intro.text")),
                new FormLayout(assessed, email, phone), save,
                new H2(getTranslation("legal.admin.gaps.title")), new Paragraph(getTranslation("legal.admin.gaps.text")),
                new Paragraph(new Anchor("personal/information", getTranslation("legal.admin.gaps.action"))),
                new Paragraph(new Anchor("tillganglighet", getTranslation("legal.admin.view.action"))));
    }

    @Override
    public String titleKey() {
        return "legal.admin.title";
    }
}
