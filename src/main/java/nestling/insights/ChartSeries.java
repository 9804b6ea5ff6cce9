package nestling.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.FamilyDays;
import nestling.domain.SleepKind;

/**
 * The data behind the insights charts, for a chosen range of the family's days (from their
 * day-start hour, {@link Insights#days()}). Plain lists: the UI draws
 * them (and exports PNG), the report draws its own.
 */
public final class ChartSeries {
    private final Insights insights;

    public ChartSeries(Insights insights) {
        this.insights = insights;
    }

    /** Sleep blocks per day; a sleep across the day's start is cut into a block on each day. */
    public List<DayPattern> sleepPattern(UUID babyId, LocalDate from, LocalDate to) {
        Insights.checkRange(from, to);
        FamilyDays days = insights.days();
        List<SleepSpans.Span> sleeps = insights.database().read(c -> SleepSpans.list(c, babyId,
                days.start(from), days.end(to)));
        Map<LocalDate, List<DayPattern.Block>> rows = rows(from, to);
        for (SleepSpans.Span sleep : sleeps) {
            String label = sleep.kind() == SleepKind.NIGHT ? "night" : "nap";
            // Walk the days the sleep touches; usually one or two.
            for (LocalDate day = days.dayOf(sleep.start()); ; day = day.plusDays(1)) {
                Instant dayStart = days.start(day);
                if (!dayStart.isBefore(sleep.end())) {
                    break;
                }
                List<DayPattern.Block> row = rows.get(day);
                if (row != null) {
                    Instant dayEnd = days.end(day);
                    Instant a = sleep.start().isAfter(dayStart) ? sleep.start() : dayStart;
                    Instant b = sleep.end().isBefore(dayEnd) ? sleep.end() : dayEnd;
                    row.add(new DayPattern.Block(minute(dayStart, a), minute(dayStart, b), EntryType.SLEEP, label));
                }
            }
        }
        return patterns(rows, days);
    }

    /** Feeds per day: breastfeeds as blocks, bottles and solids as instants. */
    public List<DayPattern> feedingPattern(UUID babyId, LocalDate from, LocalDate to) {
        Insights.checkRange(from, to);
        FamilyDays days = insights.days();
        List<Entry> feeds = insights.entries(babyId, from, to,
                Set.of(EntryType.BREASTFEEDING, EntryType.BOTTLE, EntryType.SOLIDS), days);
        Map<LocalDate, List<DayPattern.Block>> rows = rows(from, to);
        for (Entry feed : feeds) {
            LocalDate day = days.dayOf(feed.start());
            List<DayPattern.Block> row = rows.get(day);
            if (row == null) {
                continue;
            }
            Instant dayStart = days.start(day);
            Instant dayEnd = days.end(day);
            Instant end = feed.end() == null ? feed.start() : feed.end().isBefore(dayEnd) ? feed.end() : dayEnd;
            row.add(new DayPattern.Block(minute(dayStart, feed.start()), minute(dayStart, end), feed.type(),
                    feedLabel(feed.data())));
        }
        return patterns(rows, days);
    }

    /** Daily volume, feed count, diapers, tummy time and sleep hours: one point per day. */
    public List<DailyPoint> daily(UUID babyId, LocalDate from, LocalDate to) {
        List<DailyPoint> points = new ArrayList<>();
        for (DayTotals day : insights.days(babyId, from, to)) {
            points.add(DailyPoint.of(day));
        }
        return points;
    }

    /** Every temperature taken in the range, in time order. */
    public List<TemperatureReading> temperatures(UUID babyId, LocalDate from, LocalDate to) {
        Insights.checkRange(from, to);
        List<TemperatureReading> readings = new ArrayList<>();
        for (Entry entry : insights.entries(babyId, from, to, Set.of(EntryType.TEMPERATURE))) {
            if (entry.data() instanceof EntryData.Temperature t && t.deciCelsius() != null) {
                readings.add(new TemperatureReading(entry.start(),
                        DayTotalsCalculator.local(entry.start(), insights.zone()), t.deciCelsius(), t.method()));
            }
        }
        return readings;
    }

    private static String feedLabel(EntryData data) {
        return switch (data) {
            case EntryData.Bottle bottle -> bottle.ml() == null ? "bottle" : bottle.ml() + " ml";
            case EntryData.Breastfeeding feed -> (feed.leftSeconds() > 0 ? "L" : "")
                    + (feed.leftSeconds() > 0 && feed.rightSeconds() > 0 ? "+" : "") + (feed.rightSeconds() > 0 ? "R" : "");
            case EntryData.Solids ignored -> "solids";
            default -> "";
        };
    }

    private Map<LocalDate, List<DayPattern.Block>> rows(LocalDate from, LocalDate to) {
        Map<LocalDate, List<DayPattern.Block>> rows = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows.put(day, new ArrayList<>());
        }
        return rows;
    }

    private static List<DayPattern> patterns(Map<LocalDate, List<DayPattern.Block>> rows, FamilyDays days) {
        List<DayPattern> patterns = new ArrayList<>(rows.size());
        rows.forEach((day, blocks) -> patterns.add(new DayPattern(day, (int) days.length(day).toMinutes(), blocks)));
        return patterns;
    }

    private static int minute(Instant dayStart, Instant at) {
        return (int) Duration.between(dayStart, at).toMinutes();
    }
}
