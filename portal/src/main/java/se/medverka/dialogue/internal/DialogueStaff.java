package se.medverka.dialogue.internal;

import org.springframework.stereotype.Component;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;

/**
 * Which dialogues a member of staff may work on: those of committees they handle or moderate
 * (administrators: all). Every staff service asks here, so no id in a URL reaches another committee.
 */
@Component
public class DialogueStaff {

    private final DialogueStore store;
    private final CurrentStaff current;

    DialogueStaff(DialogueStore store, CurrentStaff current) {
        this.store = store;
        this.current = current;
    }

    public boolean mayAct(long committeeId) {
        return current.mayActFor(StaffRole.HANDLER, committeeId) || current.mayActFor(StaffRole.MODERATOR, committeeId);
    }

    /** The dialogue's status, if the person may act for its committee; else "not found". */
    public DialogueStatus accessible(long dialogueId) {
        return status(dialogueId, false);
    }

    /** As {@link #accessible}, with the row locked so that two changes of state cannot cross. */
    public DialogueStatus locked(long dialogueId) {
        return status(dialogueId, true);
    }

    private DialogueStatus status(long dialogueId, boolean lock) {
        return store.head(dialogueId, lock).filter(h -> mayAct(h.committeeId())).map(DialogueStore.Head::status)
                .orElseThrow(() -> new DialogueException("dialogue.editor.error.notfound"));
    }
}
