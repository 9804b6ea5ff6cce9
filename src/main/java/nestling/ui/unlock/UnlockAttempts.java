package nestling.ui.unlock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passphrases in a row and when the next try is allowed. Kept by the window for as long as
 * it is open, so locking and showing a fresh unlock screen does not reset the wait.
 */
public final class UnlockAttempts {
    private final Clock clock;
    private int failures;
    private Instant nextTry = Instant.MIN;

    public UnlockAttempts(Clock clock) {
        this.clock = clock;
    }

    void failed() {
        failures++;
        nextTry = clock.instant().plus(RetryDelay.after(failures));
    }

    void succeeded() {
        failures = 0;
        nextTry = Instant.MIN;
    }

    /** How long until the next try is allowed (zero or negative: now). */
    Duration untilNextTry() {
        return Duration.between(clock.instant(), nextTry);
    }

    public int failures() {
        return failures;
    }
}
