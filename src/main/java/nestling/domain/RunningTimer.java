package nestling.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A timer that is running (or paused) for a baby. {@code activityTypeId} names the user-defined
 * activity of a {@link TimerKind#CUSTOM} timer. {@code offset} is the wall-clock offset at start,
 * which the resulting entry keeps.
 */
public record RunningTimer(Meta meta, UUID babyId, TimerKind kind, UUID activityTypeId, Instant startedAt,
        ZoneOffset offset, TimerState state) {
    public RunningTimer {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(babyId, "babyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(state, "state");
        if ((kind == TimerKind.CUSTOM) != (activityTypeId != null)) {
            throw new IllegalArgumentException("a custom timer, and only it, names an activity type");
        }
    }

    /** The stored kind: unique per baby while running, so one custom timer per activity type may run. */
    public String kindKey() {
        return kind == TimerKind.CUSTOM ? "custom:" + activityTypeId : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public RunningTimer withState(TimerState newState, Instant now) {
        return new RunningTimer(meta.touched(now), babyId, kind, activityTypeId, startedAt, offset, newState);
    }
}
