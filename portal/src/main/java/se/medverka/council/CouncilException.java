package se.medverka.council;

/** A refusal with a translation key for the person: nothing was stored. */
public class CouncilException extends RuntimeException {

    private final String messageKey;

    public CouncilException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
