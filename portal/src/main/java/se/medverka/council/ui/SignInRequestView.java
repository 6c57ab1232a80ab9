package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.council.CouncilException;
import se.medverka.council.MemberSignIn;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** A member asks for a sign-in link; the answer never says whether the address is a member's. */
@Route(value = "rad/logga-in", layout = PublicLayout.class)
@AnonymousAllowed
public class SignInRequestView extends Div implements TranslatedTitle {

    public SignInRequestView(MemberSignIn signIn) {
        addClassName("council-page");
        Div status = new Div();
        status.getElement().setAttribute("role", "status");
        EmailField email = new EmailField(getTranslation("council.signin.email.label"));
        email.setHelperText(getTranslation("council.signin.email.helper"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("council.signin.send.action"), e -> {
            try {
                signIn.requestLink(email.getValue(), ClientAddress.current());
                email.setInvalid(false);
                status.removeAll();
                status.add(new Paragraph(getTranslation("council.signin.sent.message")));
            } catch (CouncilException ex) {
                CouncilUi.refuse(this, email, getTranslation(ex.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("council.signin.title")), new Paragraph(getTranslation("council.signin.intro.text")),
                email, send, status);
    }

    @Override
    public String titleKey() {
        return "council.signin.title";
    }
}
