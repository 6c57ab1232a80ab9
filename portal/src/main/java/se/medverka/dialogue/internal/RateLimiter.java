package se.medverka.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Supports and reports per IP address in a sliding window, so that one machine cannot push a
 * proposal up or down. Kept in memory per node: a limit, not an accounting.
 */
@Component
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    RateLimiter(Clock clock, @Value("${medverka.dialogue.actions-per-ip:60}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one action for the address; false when it has used up its window. */
    public boolean tryAcquire(String ip) {
        if (recent.size() > MAX_KEYS) {
            recent.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(ip == null ? "?" : ip, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
