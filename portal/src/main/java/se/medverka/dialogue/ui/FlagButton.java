package se.medverka.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.shared.ui.Notices;

/** "Report": asks for a reason in a dialog and reports the post, once per browser session. */
class FlagButton extends Button {

    FlagButton(DialogueReactions reactions, long postId) {
        Button flag = this;
        flag.setText(getTranslation("dialogue.flag.open.action"));
        flag.addThemeVariants(ButtonVariant.TERTIARY);
        flag.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("dialogue.flag.form.title"));
            TextArea reason = new TextArea(getTranslation("dialogue.flag.reason.label"));
            reason.setMaxLength(Dialogues.MAX_REASON);
            reason.setWidthFull();
            Button send = new Button(getTranslation("dialogue.flag.form.send.action"), ev -> {
                try {
                    reactions.flag(postId, reason.getValue(), sessionKey(), address());
                    dialog.close();
                    flag.setEnabled(false);
                    Notices.success(getTranslation("dialogue.flag.form.sent.message"));
                } catch (DialogueException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            send.addThemeVariants(ButtonVariant.PRIMARY);
            Button cancel = new Button(getTranslation("dialogue.flag.form.cancel.action"), ev -> dialog.close());
            dialog.add(reason);
            dialog.getFooter().add(cancel, send);
            dialog.open();
            reason.focus();
        });
    }

    /** The browser session, which the service keeps only as a keyed hash. */
    static String sessionKey() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    static String address() {
        return VaadinSession.getCurrent().getBrowser().getAddress();
    }
}
