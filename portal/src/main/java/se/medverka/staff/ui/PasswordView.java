package se.medverka.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PasswordReveal;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.staff.StaffAccountException;
import se.medverka.staff.StaffAccounts;

/** Self-service password change for a local (break-glass) account. */
@Route(value = "personal/losenord", layout = StaffLayout.class)
@PermitAll
public class PasswordView extends VerticalLayout implements TranslatedTitle {

    public PasswordView(StaffAccounts accounts) {
        add(new H1(getTranslation("staff.password.title")), new Paragraph(getTranslation("staff.password.intro")));
        if (!accounts.ownAccountIsLocal()) {
            add(new Paragraph(getTranslation("staff.password.error.notlocal")));
            return;
        }
        PasswordField current = PasswordReveal.translate(new PasswordField(getTranslation("staff.password.current.label")));
        current.getElement().setAttribute("autocomplete", "current-password");
        PasswordField password = PasswordReveal.translate(new PasswordField(getTranslation("staff.password.new.label")));
        password.setHelperText(getTranslation("staff.password.new.helper"));
        password.getElement().setAttribute("autocomplete", "new-password");
        PasswordField repeated = PasswordReveal.translate(new PasswordField(getTranslation("staff.password.repeat.label")));
        repeated.getElement().setAttribute("autocomplete", "new-password");
        Button save = new Button(getTranslation("staff.password.save.action"), e -> {
            try {
                accounts.changeOwnPassword(current.getValue(), password.getValue(), repeated.getValue());
                current.clear();
                password.clear();
                repeated.clear();
                Notices.success(getTranslation("staff.password.changed.message"));
            } catch (StaffAccountException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, password, repeated, save);
    }

    @Override
    public String titleKey() {
        return "staff.password.title";
    }
}
