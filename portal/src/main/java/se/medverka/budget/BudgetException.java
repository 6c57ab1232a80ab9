package se.medverka.budget;

/** A refused request; the key names the translated message the person sees. Nothing was stored. */
public class BudgetException extends RuntimeException {

    private final String messageKey;

    public BudgetException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
