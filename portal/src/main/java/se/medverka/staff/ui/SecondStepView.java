package se.medverka.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.medverka.shared.limits.LimitReached;
import se.medverka.shared.ui.PasswordReveal;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.staff.StaffAccountException;
import se.medverka.staff.internal.LocalSecondStep;
import se.medverka.staff.internal.LocalSecondStep.Stage;
import se.medverka.staff.internal.LocalSecondStep.State;

/**
 * The second step of a local (break-glass) sign-in, after a right password: the first time, the
 * enrolment of the TOTP second factor (a QR code and the same secret as text, shown this once);
 * then the six-digit code; then, if someone else chose the password, the person's own.
 */
@Route(value = "personal/login/kod", layout = PublicLayout.class)
@AnonymousAllowed
public class SecondStepView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final LocalSecondStep step;
    private final Paragraph refusal = new Paragraph();
    private final Div content = new Div();

    public SecondStepView(LocalSecondStep step) {
        this.step = step;
        add(new H1(getTranslation("staff.login.code.title")));
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("login-refusal");
        refusal.setVisible(false);
        add(refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (step.state(session()).isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        show();
    }

    private void show() {
        content.removeAll();
        State state = step.state(session()).orElse(null);
        if (state == null) {
            UI.getCurrent().navigate(LoginView.class);
            return;
        }
        switch (state.stage()) {
            case ENROL -> enrol(state);
            case CODE -> code(false);
            case NEW_PASSWORD -> newPassword();
            case DONE -> complete();
        }
    }

    private void enrol(State state) {
        content.add(new H2(getTranslation("staff.login.enrol.title")),
                new Paragraph(getTranslation("staff.login.enrol.intro")));
        Image qr = new Image(state.qrDataUri(), getTranslation("staff.login.enrol.qr.label"));
        qr.setWidth("200px");
        qr.setHeight("200px");
        Span secret = new Span(state.secret());
        secret.addClassName("totp-secret");
        Paragraph secretLine = new Paragraph(getTranslation("staff.login.enrol.secret.label") + ": ");
        secretLine.add(secret);
        content.add(qr, secretLine, new Paragraph(getTranslation("staff.login.enrol.once.text")));
        code(true);
    }

    private void code(boolean enrolling) {
        TextField code = new TextField(getTranslation("staff.login.code.label"));
        code.setHelperText(getTranslation("staff.login.code.helper"));
        code.setMaxLength(10);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button next = new Button(getTranslation(enrolling ? "staff.login.enrol.confirm.action" : "staff.login.code.action"), e -> {
            try {
                if (step.code(session(), code.getValue())) {
                    refusal.setVisible(false);
                    show();
                } else {
                    alert(getTranslation("staff.login.code.error.wrong"));
                    code.clear();
                    code.focus();
                }
            } catch (LimitReached limit) {
                alert(SignInWait.message(limit, this::getTranslation));
            } catch (StaffAccountException ex) {
                alert(getTranslation(ex.messageKey()));
            }
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        content.add(code, next);
        code.focus();
    }

    private void newPassword() {
        content.add(new H2(getTranslation("staff.password.first.title")),
                new Paragraph(getTranslation("staff.password.first.intro")));
        PasswordField password = PasswordReveal.translate(new PasswordField(getTranslation("staff.password.new.label")));
        password.setHelperText(getTranslation("staff.password.new.helper"));
        password.getElement().setAttribute("autocomplete", "new-password");
        PasswordField repeated = PasswordReveal.translate(new PasswordField(getTranslation("staff.password.repeat.label")));
        repeated.getElement().setAttribute("autocomplete", "new-password");
        Button save = new Button(getTranslation("staff.password.save.action"), e -> {
            try {
                step.newPassword(session(), password.getValue(), repeated.getValue());
                refusal.setVisible(false);
                show();
            } catch (StaffAccountException ex) {
                alert(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        content.add(password, repeated, save);
        password.focus();
    }

    /** Signs the person in: a new session id, the authentication in the session, then the staff area. */
    private void complete() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        Authentication authentication = step.complete(session());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("personal");
    }

    private void alert(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    private static HttpSession session() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
    }

    @Override
    public String titleKey() {
        return "staff.login.code.title";
    }
}
