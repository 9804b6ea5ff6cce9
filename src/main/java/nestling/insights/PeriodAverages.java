package nestling.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-day averages of every {@link Metric} over the days {@code from}..{@code to} (both included)
 * that count. Every counted day counts, days without entries as zero: a day nobody logged is a real
 * gap the parent should see, not a day to skip silently. But days before the baby's story in the
 * journal began (its birth, or the first entry if later) do not count: a family that started
 * logging three days ago would otherwise read a third of what the baby really drinks.
 * {@code days} is how many days counted, from {@code countedFrom} (null when none did);
 * {@code loggedDays} how many of them had entries.
 */
public record PeriodAverages(LocalDate from, LocalDate to, LocalDate countedFrom, int days, int loggedDays,
        Map<Metric, Double> perDay) {
    public PeriodAverages {
        perDay = Map.copyOf(perDay);
    }

    /** Every day of the period counts (a period the caller chose as it is, such as a report's). */
    public static PeriodAverages of(LocalDate from, LocalDate to, List<DayTotals> days) {
        return of(from, to, days, null);
    }

    /** Only the days from {@code start} on count (null: every day). */
    public static PeriodAverages of(LocalDate from, LocalDate to, List<DayTotals> days, LocalDate start) {
        List<DayTotals> counted = start == null ? days
                : days.stream().filter(day -> !day.date().isBefore(start)).toList();
        Map<Metric, Double> sums = new EnumMap<>(Metric.class);
        int logged = 0;
        for (DayTotals day : counted) {
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
            averages.put(metric, counted.isEmpty() ? 0.0 : sums.getOrDefault(metric, 0.0) / counted.size());
        }
        LocalDate first = counted.isEmpty() ? null : counted.getFirst().date();
        return new PeriodAverages(from, to, first, counted.size(), logged, averages);
    }

    public double average(Metric metric) {
        return perDay.getOrDefault(metric, 0.0);
    }
}
