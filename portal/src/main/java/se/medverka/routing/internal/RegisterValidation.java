package se.medverka.routing.internal;

import java.util.regex.Pattern;
import se.medverka.routing.CommitteeChange;
import se.medverka.routing.RoutingException;

/** Checks an administrator's committee input before anything is stored; messages are translation keys. */
public final class RegisterValidation {

    public static final int MAX_DAYS = 90;
    private static final int MAX_NAME = 200;
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private RegisterValidation() {
    }

    public static void check(CommitteeChange change) {
        if (change.name() == null || change.name().isBlank() || change.name().strip().length() > MAX_NAME) {
            throw new RoutingException("routing.register.committee.name.error.required");
        }
        if (change.kind() == null) {
            throw new RoutingException("routing.register.committee.kind.error.required");
        }
        if (change.registryMailbox() == null || !MAILBOX.matcher(change.registryMailbox().strip()).matches()) {
            throw new RoutingException("routing.register.committee.mailbox.error.invalid");
        }
        if (!validDays(change.acknowledgeDays()) || !validDays(change.answerDays())
                || change.acknowledgeDays() > change.answerDays()) {
            throw new RoutingException("routing.register.committee.days.error.range");
        }
    }

    public static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new RoutingException("routing.register.committee.code.error.invalid");
        }
        return c;
    }

    private static boolean validDays(int days) {
        return days >= 1 && days <= MAX_DAYS;
    }
}
