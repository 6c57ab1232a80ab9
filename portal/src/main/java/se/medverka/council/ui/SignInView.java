package se.medverka.council.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.medverka.council.CurrentMember;
import se.medverka.council.MemberSignIn;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The page a sign-in link opens. The link is used only when the person presses the button, so a
 * mail program that opens links to check them does not spend it. Signing in gives a new session
 * (no fixation) holding the member's authentication.
 */
@Route(value = "rad/logga-in/:token", layout = PublicLayout.class)
@AnonymousAllowed
public class SignInView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MemberSignIn signIn;

    public SignInView(MemberSignIn signIn) {
        this.signIn = signIn;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Div status = new Div();
        status.getElement().setAttribute("role", "alert");
        Button go = new Button(getTranslation("council.signin.confirm.action"), e -> {
            Optional<Long> person = signIn.consume(token);
            if (person.isEmpty()) {
                status.removeAll();
                status.add(new Paragraph(getTranslation("council.signin.link.error.invalid")),
                        new Paragraph(new Anchor("rad/logga-in", getTranslation("council.signin.again.action"))));
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            VaadinService.reinitializeSession(request);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(CurrentMember.authentication(person.get()));
            SecurityContextHolder.setContext(context);
            ((VaadinServletRequest) request).getHttpServletRequest().getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            UI.getCurrent().getPage().setLocation("rad/mina");
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("council.signin.title")), new Paragraph(getTranslation("council.signin.confirm.text")),
                go, status);
    }

    @Override
    public String titleKey() {
        return "council.signin.title";
    }
}
