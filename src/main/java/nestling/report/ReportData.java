package nestling.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.insights.DayTotals;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthPoint;
import nestling.insights.PeriodAverages;

/**
 * Everything the report shows for one baby and one range of local days. {@code growth} holds every
 * measurement up to the range's end (the doctor wants the curve, not just the last weeks);
 * {@code charts} one chart per indicator that has points.
 */
public record ReportData(Baby baby, LocalDate from, LocalDate to, ZoneId zone, ChildAge.AgeBasis basis,
        ChildAge ageAtEnd, List<DayTotals> days, PeriodAverages averages, List<GrowthPoint> growth,
        List<GrowthChart> charts, List<JournalNote> notes, Instant generatedAt) {
    public ReportData {
        days = List.copyOf(days);
        growth = List.copyOf(growth);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }
}
