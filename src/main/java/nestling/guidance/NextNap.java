package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next nap is likely, and why: the parts a parent needs to judge the estimate, not just the
 * estimate. Texts for the window and the command line are made from these fields.
 *
 * @param status       whether there is an estimate at all
 * @param awakeSince   when the last sleep ended (null when none was logged recently, or while asleep)
 * @param asleepSince  when the running sleep started (only for {@link Status#ASLEEP})
 * @param likely       the likeliest start of the next nap (only for {@link Status#ESTIMATE})
 * @param earliest     the start of the window shown ("around 14:10–14:40"), rounded to 5 minutes
 * @param latest       its end, rounded to 5 minutes
 * @param usual        the median of the baby's own wake windows at this time of day
 * @param usualLow     their lower quartile
 * @param usualHigh    their upper quartile
 * @param windowsUsed  how many of the baby's wake windows the median is taken from
 * @param daysUsed     on how many days those were
 * @param todayShift   how far today's wake windows so far moved the estimate (negative: earlier)
 * @param todayWindows how many of today's wake windows that shift is based on
 * @param ageRange     the usual range for the baby's age, when the published table covers it
 * @param correctedAge whether that age is corrected for prematurity
 * @param ageShare     how much the age range's midpoint weighs in {@code likely} (0 to 1): next to nothing
 *                     for a baby with steady wake windows, more while they scatter or are few
 */
public record NextNap(Status status, Instant awakeSince, Instant asleepSince, Instant likely, Instant earliest,
        Instant latest, Duration usual, Duration usualLow, Duration usualHigh, int windowsUsed, int daysUsed,
        Duration todayShift, int todayWindows, Optional<AgeWakeRange> ageRange, boolean correctedAge,
        double ageShare) {

    public enum Status {
        /** A window from the baby's own rhythm. */
        ESTIMATE,
        /** A sleep is running: the next nap is not the question now. */
        ASLEEP,
        /** Too few wake windows at this time of day to say anything honest. */
        NOT_ENOUGH_DATA
    }

    /** The fewest wake windows near this time of day, and the fewest days they come from, to estimate. */
    public static final int FEWEST_WINDOWS = 4;
    public static final int FEWEST_DAYS = 3;
    /** How many days back the baby's rhythm is read: long enough for a pattern, short enough to follow growth. */
    public static final int DAYS_BACK = 7;

    static NextNap asleep(Instant since, Optional<AgeWakeRange> ageRange, boolean corrected) {
        return new NextNap(Status.ASLEEP, null, since, null, null, null, null, null, null, 0, 0, Duration.ZERO, 0,
                ageRange, corrected, 0);
    }

    static NextNap notEnoughData(Instant awakeSince, int windows, int days, Optional<AgeWakeRange> ageRange,
            boolean corrected) {
        return new NextNap(Status.NOT_ENOUGH_DATA, awakeSince, null, null, null, null, null, null, null, windows, days,
                Duration.ZERO, 0, ageRange, corrected, 0);
    }

    /** How long the baby has been awake at {@code now} (zero while asleep or unknown). */
    public Duration awakeFor(Instant now) {
        return awakeSince == null || now.isBefore(awakeSince) ? Duration.ZERO : Duration.between(awakeSince, now);
    }

    /** True once the window shown has passed without a nap logged. */
    public boolean isOverdue(Instant now) {
        return status == Status.ESTIMATE && now.isAfter(latest);
    }
}
