package se.medverka.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window counter per key (an address, a case number). Kept in memory: each node counts
 * for itself, which is enough to slow down a script without a shared store.
 */
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Whether {@code key} is still below its limit (without counting a hit). */
    public boolean allows(String key) {
        Deque<Instant> times = hits.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size() < limit;
        }
    }

    /** Counts a hit for {@code key}. */
    public void hit(String key) {
        if (hits.size() > MAX_KEYS) {
            // A flood of distinct keys must not exhaust memory; forgetting old counts is the lesser harm.
            hits.clear();
        }
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Counts a hit if below the limit; returns whether it was allowed. */
    public boolean tryHit(String key) {
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
