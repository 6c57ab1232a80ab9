package se.medverka.shared.limits;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * A public write refused because its limit is reached. Nothing was stored. Views need not catch it:
 * the session error handler (and, during navigation, {@code LimitReachedView}) tell the person
 * what happened and when to try again.
 */
public class LimitReached extends RuntimeException {

    private final Limit limit;
    private final Duration retryAfter;

    public LimitReached(Limit limit, Duration retryAfter) {
        super("limit reached: " + limit.property() + ", again in " + retryAfter, null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    /** How long until one more is allowed (at least a minute as told to a person). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * The translated message: the reason's text with "in N minutes" / "in N hours" (rounded up) as
     * {@code {0}}; {@code translate} is {@code getTranslation(key, args)}.
     */
    public String message(BiFunction<String, Object[], String> translate) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        String wait = minutes <= 90
                ? translate.apply("shared.limit.wait.minutes", new Object[] {minutes})
                : translate.apply("shared.limit.wait.hours", new Object[] {(minutes + 59) / 60});
        return translate.apply(limit.reason().messageKey(), new Object[] {wait});
    }
}
