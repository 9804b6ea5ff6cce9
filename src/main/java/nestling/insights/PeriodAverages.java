package nestling.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-day averages of every {@link Metric} over the days {@code from}..{@code to} (both included).
 * Every day of the period counts, days without entries as zero: a day nobody logged is a real gap
 * the parent should see, not a day to skip silently. {@code loggedDays} says how many had entries.
 */
public record PeriodAverages(LocalDate from, LocalDate to, int days, int loggedDays, Map<Metric, Double> perDay) {
    public PeriodAverages {
        perDay = Map.copyOf(perDay);
    }

    public static PeriodAverages of(LocalDate from, LocalDate to, List<DayTotals> days) {
        Map<Metric, Double> sums = new EnumMap<>(Metric.class);
        int logged = 0;
        for (DayTotals day : days) {
            boolean any = false;
            for (Metric metric : Metric.values()) {
                double value = day.value(metric);
                sums.merge(metric, value, Double::sum);
                any |= value != 0;
            }
            logged += any || day.diapers() > 0 || day.solids() > 0 || !day.medicines().isEmpty() ? 1 : 0;
        }
        Map<Metric, Double> averages = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            averages.put(metric, days.isEmpty() ? 0.0 : sums.getOrDefault(metric, 0.0) / days.size());
        }
        return new PeriodAverages(from, to, days.size(), logged, averages);
    }

    public double average(Metric metric) {
        return perDay.getOrDefault(metric, 0.0);
    }
}
