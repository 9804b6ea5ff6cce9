package nestling.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nestling.ui.testing.MutableClock;
import org.junit.jupiter.api.Test;

class IdleTimerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));

    @Test
    void expiresOnlyAfterTheLimitWithoutActivity() {
        IdleTimer idle = new IdleTimer(clock, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertFalse(idle.expired());
        idle.touch();
        clock.advance(Duration.ofMinutes(14));
        assertFalse(idle.expired(), "activity starts the idle time again");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(idle.expired());
    }

    @Test
    void zeroMeansNever() {
        IdleTimer idle = new IdleTimer(clock, Duration.ZERO);
        clock.advance(Duration.ofDays(3));
        assertFalse(idle.expired());
    }

    @Test
    void aNewLimitAppliesFromNow() {
        IdleTimer idle = new IdleTimer(clock, Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        idle.limit(Duration.ofMinutes(1));
        assertFalse(idle.expired());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(idle.expired());
    }
}
