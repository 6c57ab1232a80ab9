package se.medverka.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The staff login. A refusal never says whether the name or the password was wrong. */
@Route(value = "personal/login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("staff.login.form.title"));
        texts.setUsername(getTranslation("staff.login.username.label"));
        texts.setPassword(getTranslation("staff.login.password.label"));
        texts.setSubmit(getTranslation("staff.login.submit.action"));
        texts.setForgotPassword(getTranslation("staff.login.forgot.action"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("staff.login.error.title"));
        error.setMessage(getTranslation("staff.login.error.message"));
        error.setUsername(getTranslation("staff.login.username.error.required"));
        error.setPassword(getTranslation("staff.login.password.error.required"));
        form.setI18n(i18n);
        se.medverka.shared.ui.PasswordReveal.translate(form);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("personal/login");
        add(new H1(getTranslation("staff.login.title")), new Paragraph(getTranslation("staff.login.intro")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String titleKey() {
        return "staff.login.title";
    }
}
