package nestling.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of one baby, as the family counts days ({@link nestling.domain.FamilyDays}: from
 * {@code start}, the day-start hour of {@code date}, for {@code dayLength}). Timed entries count toward each day in proportion to the time they
 * spend in it (a sleep from 21:30 to 02:10 gives 2 h 30 to one day and 2 h 10 to the next); feeds,
 * diapers and doses count on the day they started. {@code longestSleep} is the longest whole sleep
 * that started on the day, because a stretch cut at the day's start is not what parents mean by it.
 * {@code wakeWindows} are the gaps between one sleep's end (on this day) and the next sleep's start.
 */
public record DayTotals(LocalDate date, java.time.Instant start, Duration dayLength, int breastfeeds, int bottles, int solids, int bottleMl,
        Duration breastLeft, Duration breastRight, Duration sleep, Duration nightSleep, Duration naps,
        int sleepCount, Duration longestSleep, List<Duration> wakeWindows, int wetDiapers, int dirtyDiapers,
        int diapers, Duration tummyTime, List<MedicineGiven> medicines, List<TemperatureReading> temperatures) {

    public DayTotals {
        wakeWindows = List.copyOf(wakeWindows);
        medicines = List.copyOf(medicines);
        temperatures = List.copyOf(temperatures);
    }

    /** The first instant after the day. */
    public java.time.Instant end() {
        return start.plus(dayLength);
    }

    /** Breastfeeds plus bottles: what "feeds" means on the dashboard. Solids are counted apart. */
    public int feeds() {
        return breastfeeds + bottles;
    }

    public Duration breast() {
        return breastLeft.plus(breastRight);
    }

    public Duration longestWakeWindow() {
        return wakeWindows.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Zero when there was no complete wake window. */
    public Duration averageWakeWindow() {
        if (wakeWindows.isEmpty()) {
            return Duration.ZERO;
        }
        return wakeWindows.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(wakeWindows.size());
    }

    public double value(Metric metric) {
        return switch (metric) {
            case FEEDS -> feeds();
            case BOTTLE_ML -> bottleMl;
            case BREAST_LEFT_MINUTES -> minutes(breastLeft);
            case BREAST_RIGHT_MINUTES -> minutes(breastRight);
            case SLEEP_MINUTES -> minutes(sleep);
            case NIGHT_SLEEP_MINUTES -> minutes(nightSleep);
            case NAP_MINUTES -> minutes(naps);
            case LONGEST_SLEEP_MINUTES -> minutes(longestSleep);
            case WET_DIAPERS -> wetDiapers;
            case DIRTY_DIAPERS -> dirtyDiapers;
            case TUMMY_TIME_MINUTES -> minutes(tummyTime);
        };
    }

    static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
