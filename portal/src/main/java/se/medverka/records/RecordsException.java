package se.medverka.records;

/** A refusal with the translation key of its message; nothing of the refused step is stored. */
public class RecordsException extends RuntimeException {

    private final String messageKey;

    public RecordsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
