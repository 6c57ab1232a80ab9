package se.medverka.staff;

/** A refused change to a staff account; the message is a translation key. */
public class StaffAccountException extends RuntimeException {

    public StaffAccountException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
