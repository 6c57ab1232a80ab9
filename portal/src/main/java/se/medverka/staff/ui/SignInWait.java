package se.medverka.staff.ui;

import java.util.function.BiFunction;
import se.medverka.shared.limits.LimitReached;

/** What a person is told when their connection has tried to sign in too often, with how long to wait. */
final class SignInWait {

    private SignInWait() {
    }

    /** {@code translate} is {@code getTranslation(key, args)}. */
    static String message(LimitReached limit, BiFunction<String, Object[], String> translate) {
        long minutes = Math.max(1, (limit.retryAfter().toSeconds() + 59) / 60);
        String wait = minutes <= 90
                ? translate.apply("shared.limit.wait.minutes", new Object[] {minutes})
                : translate.apply("shared.limit.wait.hours", new Object[] {(minutes + 59) / 60});
        return translate.apply("staff.login.error.throttled", new Object[] {wait});
    }
}
