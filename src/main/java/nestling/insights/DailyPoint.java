package nestling.insights;

import java.time.LocalDate;

/** A day's figures for the bar and line charts: volume, feeds, diapers, tummy time. */
public record DailyPoint(LocalDate date, int feeds, int bottleMl, double breastMinutes, int wetDiapers,
        int dirtyDiapers, double tummyTimeMinutes, double sleepHours) {
    static DailyPoint of(DayTotals day) {
        return new DailyPoint(day.date(), day.feeds(), day.bottleMl(), DayTotals.minutes(day.breast()),
                day.wetDiapers(), day.dirtyDiapers(), DayTotals.minutes(day.tummyTime()),
                day.sleep().toMillis() / 3_600_000.0);
    }
}
