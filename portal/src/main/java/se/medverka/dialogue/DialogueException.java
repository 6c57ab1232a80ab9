package se.medverka.dialogue;

/** A refused request; the key names the translated message the person sees. */
public class DialogueException extends RuntimeException {

    private final String messageKey;

    public DialogueException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
