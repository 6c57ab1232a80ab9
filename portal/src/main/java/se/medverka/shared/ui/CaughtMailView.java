package se.medverka.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.infra.MailCatcher;

/**
 * The mails the in-process mail catcher received, for a person trying the portal without a mail
 * server. Exists only while the catcher runs; with a real mail server configured it is a 404.
 */
@Route(value = "dev/post", layout = PublicLayout.class)
@AnonymousAllowed
public class CaughtMailView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final ObjectProvider<MailCatcher> catcher;

    public CaughtMailView(ObjectProvider<MailCatcher> catcher) {
        this.catcher = catcher;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MailCatcher mails = catcher.getIfAvailable();
        if (mails == null) {
            throw new NotFoundException();
        }
        removeAll();
        add(new H1(getTranslation("shared.devmail.title")), new Paragraph(getTranslation("shared.devmail.intro")));
        var caught = mails.mails();
        if (caught.isEmpty()) {
            add(new Paragraph(getTranslation("shared.devmail.empty")));
        }
        caught.forEach(m -> {
            Section mail = new Section(new H2(m.subject()),
                    new Paragraph(getTranslation("shared.devmail.to.label", m.to()) + " · " + Formats.dateTime(m.received(), getLocale())),
                    new Pre(m.body()));
            mail.addClassName("caught-mail");
            add(mail);
        });
    }

    @Override
    public String titleKey() {
        return "shared.devmail.title";
    }
}
