package nestling.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.growth.ChildAge;
import nestling.domain.GestationalAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.Indicator;
import nestling.growth.WhoStandards;
import nestling.insights.DayTotals;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthHistory;
import nestling.insights.GrowthPoint;
import nestling.insights.Insights;
import nestling.insights.PeriodAverages;
import nestling.insights.Protocol;
import nestling.store.Database;

/** Gathers a report's data from the store: two range queries and the growth history. */
public final class ReportDataBuilder {
    private static final List<Indicator> CHARTED = List.of(Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE,
            Indicator.HEAD_CIRCUMFERENCE_FOR_AGE);

    private final Database database;
    private final WhoStandards standards;
    private final Clock clock;

    public ReportDataBuilder(Database database, WhoStandards standards, Clock clock) {
        this.database = database;
        this.standards = standards;
        this.clock = clock;
    }

    public ReportData build(Baby baby, LocalDate from, LocalDate to, ZoneId zone, ChildAge.AgeBasis basis) {
        Insights insights = new Insights(database, zone);
        List<DayTotals> days = insights.days(baby.meta().id(), from, to);
        List<GrowthPoint> growth = List.of();
        List<GrowthChart> charts = new ArrayList<>();
        if (baby.sex() != null) {
            growth = new GrowthHistory(database, new GrowthCalculator(standards)).points(baby, to, basis);
            for (Indicator indicator : CHARTED) {
                GrowthChart chart = GrowthChart.of(standards, baby.sex(), indicator, growth);
                if (!chart.marks().isEmpty()) {
                    charts.add(chart);
                }
            }
        }
        List<JournalNote> notes = new ArrayList<>();
        for (Entry entry : insights.entries(baby.meta().id(), from, to, Set.of(EntryType.NOTE, EntryType.MILESTONE))) {
            LocalDateTime at = LocalDateTime.ofInstant(entry.start(), zone);
            switch (entry.data()) {
                case EntryData.Note note -> notes.add(new JournalNote(at, false, "Note", note.text()));
                case EntryData.Milestone m -> notes.add(new JournalNote(at, true, m.title(), m.note()));
                default -> {
                    // only notes and milestones were asked for
                }
            }
        }
        LocalDate endAge = to.isBefore(baby.birthDate()) ? baby.birthDate() : to;
        ChildAge age = ChildAge.on(baby.birthDate(), endAge, baby.gestationalAge().orElse(new GestationalAge(40, 0)));
        return new ReportData(baby, from, to, zone, basis, age, days, PeriodAverages.of(from, to, days), growth,
                charts, notes, new Protocol(insights).days(baby.meta().id(), from, to, clock.instant()), clock.instant());
    }
}
