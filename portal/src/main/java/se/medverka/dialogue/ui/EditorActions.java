package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import se.medverka.dialogue.DialogueException;
import se.medverka.shared.ui.Notices;

/** The editor's way to run a change: done → a message and a fresh view; refused → the reason, announced. */
final class EditorActions {

    private EditorActions() {
    }

    static void run(Component where, Runnable work, String doneKey, Runnable reload) {
        try {
            work.run();
            Notices.success(where.getTranslation(doneKey));
            reload.run();
        } catch (DialogueException ex) {
            Notices.error(where.getTranslation(ex.messageKey()));
        }
    }
}
