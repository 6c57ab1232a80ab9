package se.medverka.routing;

/** A refused routing action; the message is a translation key. */
public class RoutingException extends RuntimeException {

    public RoutingException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
