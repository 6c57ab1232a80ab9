package se.medverka.dialogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.dialogue.DialogueParticipants;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The link in the confirmation mail: the address will be told about the feedback. */
@Route(value = "dialog/bekrafta", layout = PublicLayout.class)
@AnonymousAllowed
public class ConfirmEmailView extends Div implements HasUrlParameter<String>, TranslatedTitle {

    private final DialogueParticipants dialogues;

    public ConfirmEmailView(DialogueParticipants dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        boolean ok = dialogues.confirmEmail(token);
        add(new H1(getTranslation("dialogue.confirm.title")),
                new Paragraph(getTranslation(ok ? "dialogue.confirm.done.text" : "dialogue.confirm.error.unknown")),
                new Anchor("dialog", getTranslation("dialogue.confirm.back.action")));
    }

    @Override
    public String titleKey() {
        return "dialogue.confirm.title";
    }
}
