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
import nestling.insights.ProtocolDay;

/**
 * Everything the report shows for one baby and one range of local days. {@code growth} holds every
 * measurement up to the range's end (the doctor wants the curve, not just the last weeks);
 * {@code charts} one chart per indicator that has points; {@code protocol} the 24-hour protocol's
 * rows (empty when left out).
 */
public record ReportData(Baby baby, LocalDate from, LocalDate to, ZoneId zone, ChildAge.AgeBasis basis,
        ChildAge ageAtEnd, List<DayTotals> days, PeriodAverages averages, List<GrowthPoint> growth,
        List<GrowthChart> charts, List<JournalNote> notes, List<ProtocolDay> protocol, Instant generatedAt) {
    public ReportData {
        days = List.copyOf(days);
        growth = List.copyOf(growth);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
        protocol = List.copyOf(protocol);
    }

    /** The same report without the 24-hour protocol pages ({@code nestling report --no-protocol}). */
    public ReportData withoutProtocol() {
        return new ReportData(baby, from, to, zone, basis, ageAtEnd, days, averages, growth, charts, notes, List.of(),
                generatedAt);
    }
}
