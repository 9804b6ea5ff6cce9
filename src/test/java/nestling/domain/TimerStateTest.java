package nestling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerStateTest {
    private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void sidesPausesAndSwitchesAddUp() {
        TimerState state = TimerState.started(T0, Side.LEFT)
                .switchSide(at(7))      // left 7
                .pause(at(10))          // right 3
                .switchSide(at(12))     // while paused: resumes on the left
                .resume(at(15))         // paused 5
                .switchSide(at(20));    // left 5 more
        TimerState done = state.closedAt(at(24)); // right 4 more
        assertEquals(Duration.ofMinutes(12).toMillis(), done.leftMs());
        assertEquals(Duration.ofMinutes(7).toMillis(), done.rightMs());
        assertEquals(Duration.ofMinutes(5).toMillis(), done.pausedMs());
        assertEquals(3, done.sideSwitches());
        assertEquals(Side.RIGHT, done.side());
        assertEquals(Duration.ofMinutes(19), state.active(at(24)));
    }

    @Test
    void stoppingDuringAPauseCountsThePauseSoFar() {
        TimerState done = TimerState.started(T0, null).pause(at(10)).closedAt(at(25));
        assertEquals(Duration.ofMinutes(10).toMillis(), done.otherMs());
        assertEquals(Duration.ofMinutes(15).toMillis(), done.pausedMs());
        assertTrue(TimerState.started(T0, null).pause(at(1)).paused());
    }

    @Test
    void onlyBreastfeedingHasSides() {
        assertThrows(IllegalStateException.class, () -> TimerState.started(T0, null).switchSide(at(1)));
    }
}
