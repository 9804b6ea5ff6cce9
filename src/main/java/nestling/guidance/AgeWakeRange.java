package nestling.guidance;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The usual wake window for a baby's age, as practitioners publish it. There is no research table of
 * wake windows (studies measure total sleep and naps per day); the ranges below are the ones Summer
 * Health's "Wake windows and sleep schedules by age" publishes (written with a certified sleep
 * consultant; https://summerhealth.com/blog/wake-windows-and-sleep-schedules-by-age), which agree with
 * those of the Sleep Foundation and Huckleberry within a quarter of an hour. Nestling shows the range
 * as context and as the fallback a parent can compare with; the estimate itself comes from the baby's
 * own log.
 *
 * @param fromWeeks first week of age (corrected for preterm babies) the range applies to
 * @param untilWeeks the week it stops applying (exclusive)
 */
public record AgeWakeRange(int fromWeeks, int untilWeeks, Duration shortest, Duration longest) {

    public static final String SOURCE = "Summer Health, \"Wake windows and sleep schedules by age\" "
            + "(summerhealth.com/blog/wake-windows-and-sleep-schedules-by-age)";

    private static final List<AgeWakeRange> TABLE = List.of(
            range(0, 5, 30, 60),       // newborn to 1 month
            range(5, 9, 60, 90),       // 2 months
            range(9, 13, 75, 120),     // 3 months
            range(13, 18, 90, 120),    // 4 months
            range(18, 31, 120, 180),   // 5 to 6 months
            range(31, 48, 150, 210),   // 7 to 10 months
            range(48, 57, 180, 240));  // 11 to 12 months

    private static AgeWakeRange range(int fromWeeks, int untilWeeks, int shortestMinutes, int longestMinutes) {
        return new AgeWakeRange(fromWeeks, untilWeeks, Duration.ofMinutes(shortestMinutes),
                Duration.ofMinutes(longestMinutes));
    }

    /** The range for an age in days, or empty past the first year (the source stops there). */
    public static Optional<AgeWakeRange> forAgeDays(int days) {
        int weeks = Math.max(0, days) / 7;
        return TABLE.stream().filter(r -> weeks >= r.fromWeeks && weeks < r.untilWeeks).findFirst();
    }

    public Duration midpoint() {
        return shortest.plus(longest).dividedBy(2);
    }
}
