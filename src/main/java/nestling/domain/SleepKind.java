package nestling.domain;

import java.time.LocalTime;

/** A nap or the night's sleep; suggested from the local start time, always editable. */
public enum SleepKind {
    NAP, NIGHT;

    /** Night starts at 19:00 and ends at 06:00 local time (a sleep starting in between is "night"). */
    static final LocalTime NIGHT_FROM = LocalTime.of(19, 0);
    static final LocalTime NIGHT_UNTIL = LocalTime.of(6, 0);

    public static SleepKind suggestedFor(LocalTime start) {
        return !start.isBefore(NIGHT_FROM) || start.isBefore(NIGHT_UNTIL) ? NIGHT : NAP;
    }
}
