package se.medverka.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;
import se.medverka.staff.internal.LocalLogin;
import se.medverka.staff.internal.LocalSignIn;

/**
 * The staff login: the city's identity provider when one is configured, the local form otherwise
 * (the break-glass administrator). A refusal never says whether the name or the password was wrong;
 * a refusal by the provider's sign-in says why (no role, no multi-factor, deactivated).
 */
@Route(value = "personal/login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /** The refusals of a provider sign-in the page explains, each {@code staff.login.error.<code>}. */
    /** Why the provider's sign-in was refused ({@code ?error=…}), and what the person is told. */
    private static final Map<String, String> PROVIDER_REFUSALS = Map.of(
            "norole", "staff.login.error.norole",
            "mfa", "staff.login.error.mfa",
            "deactivated", "staff.login.error.deactivated",
            "conflict", "staff.login.error.conflict",
            "provider", "staff.login.error.provider");

    private final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();
    private final boolean localForm;

    public LoginView(LocalLogin login) {
        addClassName("login-view");
        this.localForm = login.enabled();
        add(new H1(getTranslation("staff.login.title")), new Paragraph(getTranslation("staff.login.intro")));
        refusal.setVisible(false);
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("login-refusal");
        add(refusal);
        if (login.provider()) {
            Anchor provider = new Anchor("oauth2/authorization/city", getTranslation("staff.login.provider.action"));
            provider.setRouterIgnore(true);
            provider.addClassName("login-provider");
            add(provider);
        }
        if (localForm) {
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
            add(form);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        String code = error == null || error.isEmpty() ? "" : error.getFirst();
        Object refused = error == null ? null : VaadinSession.getCurrent().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refused instanceof LocalSignIn.SecondStepRequired
                && VaadinSession.getCurrent().getSession().getAttribute(LocalSignIn.PENDING) != null) {
            // The password was right: on to the second factor (or the person's own new password).
            event.forwardTo(SecondStepView.class);
            return;
        }
        if (refused instanceof LocalSignIn.SignInThrottled throttled && throttled.limit() != null) {
            refusal.setText(SignInWait.message(throttled.limit(), this::getTranslation));
            refusal.setVisible(true);
            form.setError(false);
        } else if (PROVIDER_REFUSALS.containsKey(code)) {
            refusal.setText(getTranslation(PROVIDER_REFUSALS.get(code)));
            refusal.setVisible(true);
        } else if (localForm) {
            form.setError(error != null);
        }
    }

    @Override
    public String titleKey() {
        return "staff.login.title";
    }
}
