package nestling.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The moving parts of a running timer, as plain values so they can be stored (JSON in the
 * {@code timer.state} column) after every click and survive a crash. Time is split in segments: the
 * running segment began at {@code segmentStartMs} (null while paused); finished segments are summed
 * per side ({@code otherMs} for timers without sides), pauses in {@code pausedMs}.
 *
 * @param side the breast in use (breastfeeding only, else null)
 * @param pausedAtMs when the current pause began, or null when running
 */
public record TimerState(Side side, Long segmentStartMs, Long pausedAtMs, long leftMs, long rightMs, long otherMs,
        long pausedMs, int sideSwitches) {

    public static TimerState started(Instant now, Side side) {
        return new TimerState(side, now.toEpochMilli(), null, 0, 0, 0, 0, 0);
    }

    public boolean paused() {
        return pausedAtMs != null;
    }

    /** Closes the running segment at {@code now} and starts one on the other breast. */
    public TimerState switchSide(Instant now) {
        if (side == null) {
            throw new IllegalStateException("only a breastfeeding timer has sides");
        }
        TimerState closed = closeSegment(now);
        // Switching while paused only changes the side the feed will resume on.
        return new TimerState(side.other(), paused() ? null : now.toEpochMilli(), pausedAtMs, closed.leftMs,
                closed.rightMs, closed.otherMs, pausedMs, sideSwitches + 1);
    }

    public TimerState pause(Instant now) {
        if (paused()) {
            return this;
        }
        TimerState closed = closeSegment(now);
        return new TimerState(side, null, now.toEpochMilli(), closed.leftMs, closed.rightMs, closed.otherMs, pausedMs,
                sideSwitches);
    }

    public TimerState resume(Instant now) {
        if (!paused()) {
            return this;
        }
        long pause = Math.max(0, now.toEpochMilli() - pausedAtMs);
        return new TimerState(side, now.toEpochMilli(), null, leftMs, rightMs, otherMs, pausedMs + pause, sideSwitches);
    }

    /** The totals as they would be if the timer stopped at {@code now} (a pause in progress counts as paused). */
    public TimerState closedAt(Instant now) {
        TimerState closed = closeSegment(now);
        if (paused()) {
            long pause = Math.max(0, now.toEpochMilli() - pausedAtMs);
            return new TimerState(side, null, null, closed.leftMs, closed.rightMs, closed.otherMs, pausedMs + pause,
                    sideSwitches);
        }
        return new TimerState(side, null, null, closed.leftMs, closed.rightMs, closed.otherMs, pausedMs, sideSwitches);
    }

    /** Running time so far (all sides, pauses excluded). */
    public Duration active(Instant now) {
        TimerState closed = closeSegment(now);
        return Duration.ofMillis(closed.leftMs + closed.rightMs + closed.otherMs);
    }

    private TimerState closeSegment(Instant now) {
        if (segmentStartMs == null) {
            return this;
        }
        long length = Math.max(0, now.toEpochMilli() - segmentStartMs);
        long left = leftMs + (side == Side.LEFT ? length : 0);
        long right = rightMs + (side == Side.RIGHT ? length : 0);
        long other = otherMs + (side == null ? length : 0);
        return new TimerState(side, null, pausedAtMs, left, right, other, pausedMs, sideSwitches);
    }
}
