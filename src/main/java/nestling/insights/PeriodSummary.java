package nestling.insights;

import java.time.LocalDate;
import java.util.List;

/** The days of a period (a week, a chosen range) with their averages. */
public record PeriodSummary(LocalDate from, LocalDate to, List<DayTotals> days, PeriodAverages averages) {
    public PeriodSummary {
        days = List.copyOf(days);
    }

    static PeriodSummary of(LocalDate from, LocalDate to, List<DayTotals> days) {
        return new PeriodSummary(from, to, days, PeriodAverages.of(from, to, days));
    }
}
