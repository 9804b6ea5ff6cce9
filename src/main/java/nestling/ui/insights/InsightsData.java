package nestling.ui.insights;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.FamilyDays;
import nestling.guidance.WakeWindowDays;
import nestling.insights.DailyPoint;
import nestling.insights.DayPattern;
import nestling.insights.TemperatureReading;
import nestling.insights.Trend;

/**
 * Everything the insights screen shows for one baby and range. The trends end with the last full day.
 * {@code firstDay} is the first day averages count (the birth or the first entry, whichever is
 * later; null before any entry): days before it are drawn but not averaged. {@code days} are the
 * family's days the figures were counted in (from their day-start hour); {@code wakeWindows} are
 * always the last two weeks, whatever the range.
 */
public record InsightsData(FamilyDays days, LocalDate from, LocalDate to, List<DayPattern> sleep,
        List<DayPattern> feeding, List<DailyPoint> daily, List<TemperatureReading> temperatures, Trend week,
        Trend month, LocalDate firstDay, WakeWindowDays wakeWindows) {
    public InsightsData {
        sleep = List.copyOf(sleep);
        feeding = List.copyOf(feeding);
        daily = List.copyOf(daily);
        temperatures = List.copyOf(temperatures);
    }
}
