package se.medverka.testsupport;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.pollinterval.PollInterval;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * How every {@code await()} of the test run polls, unless it says otherwise: at once, then after
 * 10, 20, 40 and 80 ms, then every 100 ms. Awaitility's own default waits 100 ms before it first
 * looks, so a condition that already holds, or holds after a few milliseconds (a case routed just
 * after commit), cost at least 100 ms; some tests await once per case. What is awaited and how long
 * at most stay as each test says.
 */
public class QuickWaits implements LauncherSessionListener {

    static final Duration FIRST = Duration.ofMillis(10);
    static final Duration LONGEST = Duration.ofMillis(100);

    /** 10 ms, doubling, at most {@link #LONGEST}. */
    static final PollInterval DOUBLING = (pollCount, previous) ->
            pollCount <= 1 ? FIRST : Collections.min(List.of(previous.multipliedBy(2), LONGEST));

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(DOUBLING);
    }
}
