package nestling.ui.unlock;

import java.time.Duration;

/**
 * How long the unlock button waits after wrong passphrases: none for the first two slips, then
 * 1 s, 2 s, 4 s … doubling up to a cap. Enough to slow guessing, never enough to lock a parent out.
 */
public final class RetryDelay {
    static final int FREE_ATTEMPTS = 2;
    static final Duration CAP = Duration.ofSeconds(30);

    private RetryDelay() {
    }

    /** The wait after {@code failures} wrong passphrases in a row. */
    public static Duration after(int failures) {
        if (failures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 10);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
