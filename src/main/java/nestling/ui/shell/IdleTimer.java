package nestling.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Time since the parent last touched the window, against a limit; {@link Duration#ZERO} means never. */
final class IdleTimer {
    private final Clock clock;
    private Instant lastActivity;
    private Duration limit;

    IdleTimer(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastActivity = clock.instant();
    }

    void touch() {
        lastActivity = clock.instant();
    }

    void limit(Duration newLimit) {
        this.limit = newLimit;
        touch();
    }

    boolean expired() {
        return !limit.isZero() && !Duration.between(lastActivity, clock.instant()).minus(limit).isNegative();
    }
}
