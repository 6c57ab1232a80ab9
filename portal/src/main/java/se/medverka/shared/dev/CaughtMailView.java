package se.medverka.shared.dev;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The mails the in-process mail catcher received, decoded as a mail program shows them, for a person
 * trying the portal without a mail server. Registered as {@code /dev/post} by
 * {@link MailCatcherConfiguration} only while the catcher runs in the dev profile; elsewhere the
 * path does not exist.
 */
@AnonymousAllowed
public class CaughtMailView extends Div implements BeforeEnterObserver, TranslatedTitle {

    static final String PATH = "dev/post";

    private final MailCatcher catcher;

    public CaughtMailView(MailCatcher catcher) {
        this.catcher = catcher;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("shared.devmail.title")), new Paragraph(getTranslation("shared.devmail.intro")));
        var caught = catcher.mails();
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
