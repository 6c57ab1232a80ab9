package se.medverka.consultation;

/** A refused request; the message key names a translated text that says what to do. */
public class ConsultationException extends RuntimeException {

    private final String messageKey;

    public ConsultationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
