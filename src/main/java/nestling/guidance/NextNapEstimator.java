package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates the next nap from the baby's own wake windows at this time of day.
 *
 * <p>How, in the order a parent reads it: (1) the baby's wake windows over the last
 * {@value NextNap#DAYS_BACK} days that began within an hour and a half of when the baby woke now (wake
 * windows grow through the day, so "at this time of day" matters more than "on average"); their median
 * is the likely length and their quartiles the spread. (2) Today's earlier wake windows, each against
 * the usual one at its own time of day: when today runs longer or shorter than the baby's usual
 * spread, half that difference moves the estimate (half, because one day is a weak signal; not at all
 * within the spread, where it is noise). (3) The usual range for the age is shown beside
 * it, never mixed in: a parent can see where their baby sits. With fewer than
 * {@value NextNap#FEWEST_WINDOWS} windows from {@value NextNap#FEWEST_DAYS} days near this time, it says
 * so instead of guessing.
 */
public final class NextNapEstimator {
    /** "At this time of day": within this many minutes of the wake-up, on the clock. */
    static final int NEAR_MINUTES = 90;
    /** Asked again with a wider net before giving up (a baby whose rhythm drifts through the week). */
    static final int WIDER_MINUTES = 150;
    /** One day's difference moves the estimate by at most this much. */
    static final Duration LARGEST_SHIFT = Duration.ofMinutes(30);
    /** The window shown is at least this wide on each side of the likeliest time. */
    static final Duration LEAST_MARGIN = Duration.ofMinutes(10);

    private final ZoneId zone;

    public NextNapEstimator(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param sleeps      the baby's finished sleeps of (at least) the last {@value NextNap#DAYS_BACK} days
     * @param asleepSince the start of a running sleep timer, or null
     * @param now         the moment asked about
     * @param ageDays     the baby's age in days (corrected for preterm babies, as {@code corrected} says)
     */
    public NextNap estimate(List<SleepSpan> sleeps, Instant asleepSince, Instant now, int ageDays, boolean corrected) {
        Optional<AgeWakeRange> ageRange = AgeWakeRange.forAgeDays(ageDays);
        if (asleepSince != null && !asleepSince.isAfter(now)) {
            return NextNap.asleep(asleepSince, ageRange, corrected);
        }
        List<SleepSpan> past = sleeps.stream().filter(s -> !s.end().isAfter(now)).toList();
        Instant awakeSince = past.stream().map(SleepSpan::end).max(Instant::compareTo).orElse(null);
        if (awakeSince == null || Duration.between(awakeSince, now).compareTo(WakeWindow.LONGEST) > 0) {
            return NextNap.notEnoughData(null, 0, 0, ageRange, corrected);
        }
        List<WakeWindow> windows = WakeWindow.between(past);
        Instant todayStarts = awakeSince.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Instant historyStarts = todayStarts.minus(Duration.ofDays(NextNap.DAYS_BACK));
        List<WakeWindow> history = windows.stream()
                .filter(w -> !w.from().isBefore(historyStarts) && w.from().isBefore(todayStarts)).toList();
        List<WakeWindow> today = windows.stream()
                .filter(w -> !w.from().isBefore(todayStarts) && !w.until().isAfter(awakeSince)).toList();

        int wokeAt = minuteOfDay(awakeSince);
        List<WakeWindow> near = near(history, wokeAt, NEAR_MINUTES);
        if (!enough(near)) {
            near = near(history, wokeAt, WIDER_MINUTES);
        }
        if (!enough(near)) {
            return NextNap.notEnoughData(awakeSince, near.size(), days(near), ageRange, corrected);
        }
        long[] seconds = near.stream().mapToLong(w -> w.length().toSeconds()).sorted().toArray();
        Duration usual = Duration.ofSeconds(Quantiles.of(seconds, 0.5));
        Duration low = Duration.ofSeconds(Quantiles.of(seconds, 0.25));
        Duration high = Duration.ofSeconds(Quantiles.of(seconds, 0.75));

        List<Long> differences = new ArrayList<>();
        for (WakeWindow earlier : today) {
            List<WakeWindow> usualThen = near(history, minuteOfDay(earlier.from()), NEAR_MINUTES);
            if (usualThen.size() >= NextNap.FEWEST_WINDOWS - 1) {
                long[] then = usualThen.stream().mapToLong(w -> w.length().toSeconds()).sorted().toArray();
                differences.add(earlier.length().toSeconds() - Quantiles.of(then, 0.5));
            }
        }
        Duration shift = Duration.ZERO;
        if (!differences.isEmpty()) {
            long[] sorted = differences.stream().mapToLong(Long::longValue).sorted().toArray();
            long typical = Quantiles.of(sorted, 0.5);
            // Within the baby's usual day-to-day spread, today is just another day: moving the estimate
            // on such noise makes it worse (the benchmark showed it). Beyond it, today is different.
            long usualSpread = (Quantiles.of(seconds, 0.75) - Quantiles.of(seconds, 0.25)) / 2;
            if (Math.abs(typical) > usualSpread) {
                shift = clamp(Duration.ofSeconds(typical / 2));
            }
        }

        double ageShare = ageRange.map(range -> ageShare(seconds, range)).orElse(0.0);
        Duration blended = ageRange.map(range -> blend(usual, range.midpoint(), ageShare)).orElse(usual);
        Instant likely = toMinute(awakeSince.plus(blended).plus(shift));
        Instant earliest = earlierOf(awakeSince.plus(low).plus(shift), likely.minus(LEAST_MARGIN));
        Instant latest = laterOf(awakeSince.plus(high).plus(shift), likely.plus(LEAST_MARGIN));
        return new NextNap(NextNap.Status.ESTIMATE, awakeSince, null, likely, roundToFive(earliest),
                roundToFive(latest), usual, low, high, near.size(), days(near), shift, differences.size(), ageRange,
                corrected, ageShare);
    }

    /**
     * How much of the age range's midpoint goes into the estimate: the usual weighing of two estimates by
     * how sure each is. The baby's own median is as sure as its windows agree and are many (spread
     * squared over count); the age table is as sure as its range is narrow (half its width, squared).
     * A baby with steady windows is estimated from its own; one whose windows scatter leans toward the
     * table until more days are logged.
     */
    static double ageShare(long[] sortedSeconds, AgeWakeRange range) {
        double spread = Math.max(60, (Quantiles.of(sortedSeconds, 0.75) - Quantiles.of(sortedSeconds, 0.25)) / 1.349);
        double ownVariance = spread * spread / sortedSeconds.length;
        double halfRange = range.longest().minus(range.shortest()).toSeconds() / 2.0;
        double tableVariance = halfRange * halfRange;
        return ownVariance / (ownVariance + tableVariance);
    }

    private static Duration blend(Duration own, Duration table, double tableShare) {
        return Duration.ofSeconds(Math.round(own.toSeconds() * (1 - tableShare) + table.toSeconds() * tableShare));
    }

    private List<WakeWindow> near(List<WakeWindow> windows, int minuteOfDay, int within) {
        return windows.stream().filter(w -> clockDistance(w.minuteOfDay(zone), minuteOfDay) <= within).toList();
    }

    private boolean enough(List<WakeWindow> windows) {
        return windows.size() >= NextNap.FEWEST_WINDOWS && days(windows) >= NextNap.FEWEST_DAYS;
    }

    private int days(List<WakeWindow> windows) {
        Set<LocalDate> days = new HashSet<>();
        windows.forEach(w -> days.add(w.from().atZone(zone).toLocalDate()));
        return days.size();
    }

    private int minuteOfDay(Instant instant) {
        var local = instant.atZone(zone).toLocalTime();
        return local.getHour() * 60 + local.getMinute();
    }

    /** Minutes between two times on a 24-hour clock face: 23:30 and 00:15 are 45 minutes apart. */
    static int clockDistance(int a, int b) {
        int d = Math.abs(a - b) % 1440;
        return Math.min(d, 1440 - d);
    }

    private static Duration clamp(Duration shift) {
        if (shift.compareTo(LARGEST_SHIFT) > 0) {
            return LARGEST_SHIFT;
        }
        return shift.compareTo(LARGEST_SHIFT.negated()) < 0 ? LARGEST_SHIFT.negated() : shift;
    }

    private static Instant earlierOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant laterOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** To the nearest minute: the blend is exact to the second, a parent reads minutes. */
    static Instant toMinute(Instant instant) {
        long seconds = instant.getEpochSecond();
        return Instant.ofEpochSecond(Math.floorDiv(seconds + 30, 60) * 60);
    }

    /** To the nearest five minutes: "14:10–14:40", not "14:07–14:43"; the likely time stays exact. */
    static Instant roundToFive(Instant instant) {
        long fiveMinutes = 300;
        long seconds = instant.getEpochSecond();
        return Instant.ofEpochSecond(Math.floorDiv(seconds + fiveMinutes / 2, fiveMinutes) * fiveMinutes);
    }
}
