package nestling.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LocalDays;
import nestling.domain.RunningTimer;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.store.TimerRepository;

/**
 * The 24-hour protocol of a baby for a range of local days: one {@link ProtocolDay} per day, oldest
 * first, as the clinics' paper form is filled in from the top. Sleeps come from
 * {@link ChartSeries#sleepPattern} (already cut at each day's start, a night over midnight gives a
 * bar on each day) and are moved from elapsed to wall-clock minutes here.
 */
public final class Protocol {
    /** Two weeks: what the window shows at once and what one PDF page holds. */
    public static final int DAYS_PER_PAGE = 14;
    private static final int NOTE_LENGTH = 60;

    private final Insights insights;
    private final ChartSeries series;

    /**
     * Rows run midnight to midnight whatever hour the family's day starts: the clinics' form has
     * columns 0 to 24 and is read against other children's forms.
     */
    public Protocol(Insights insights) {
        this.insights = insights.withDayStart(nestling.domain.DayStart.MIDNIGHT);
        this.series = new ChartSeries(this.insights);
    }

    /** The rows as logged: a sleep still running is left out (see the other {@code days}). */
    public List<ProtocolDay> days(UUID babyId, LocalDate from, LocalDate to) {
        return days(babyId, from, to, null);
    }

    /**
     * The rows, with a sleep whose timer still runs at {@code now} drawn from its start up to now and
     * marked {@linkplain ProtocolDay.Bar#running() running} (its kind as it will be logged: night or
     * nap by the hour it began). Without it a parent reading the form at 3 a.m. sees the baby awake
     * since the evening.
     *
     * @param now null for none
     */
    public List<ProtocolDay> days(UUID babyId, LocalDate from, LocalDate to, Instant now) {
        ZoneId zone = insights.zone();
        RunningTimer asleep = now == null ? null : insights.database().read(c -> TimerRepository.running(c, babyId))
                .stream().filter(t -> t.kind() == TimerKind.SLEEP && t.startedAt().isBefore(now)).findFirst()
                .orElse(null);
        Map<LocalDate, List<ProtocolDay.Mark>> marks = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            marks.put(day, new ArrayList<>());
        }
        for (Entry entry : insights.entries(babyId, from, to, EnumSet.of(EntryType.BREASTFEEDING, EntryType.BOTTLE,
                EntryType.SOLIDS, EntryType.DIAPER, EntryType.MEDICINE, EntryType.NOTE))) {
            List<ProtocolDay.Mark> row = marks.get(LocalDays.dayOf(entry.start(), zone));
            ProtocolDay.Mark mark = row == null ? null : mark(entry, wallMinute(entry.start(), zone));
            if (mark != null) {
                row.add(mark);
            }
        }
        List<ProtocolDay> days = new ArrayList<>(marks.size());
        for (DayPattern pattern : series.sleepPattern(babyId, from, to)) {
            List<ProtocolDay.Bar> bars = new ArrayList<>();
            for (DayPattern.Block block : pattern.blocks()) {
                bars.add(bar(pattern, block, zone));
            }
            if (asleep != null) {
                running(asleep, now, pattern.date(), zone).ifPresent(bars::add);
            }
            List<ProtocolDay.Mark> row = marks.get(pattern.date());
            row.sort(Comparator.comparingInt(ProtocolDay.Mark::minute));
            days.add(new ProtocolDay(pattern.date(), Math.round(pattern.dayMinutes() / 60f), bars, row));
        }
        return days;
    }

    /** A block of elapsed minutes as a bar of wall-clock minutes (see {@link ProtocolDay} for DST days). */
    static ProtocolDay.Bar bar(DayPattern day, DayPattern.Block block, ZoneId zone) {
        int from = wall(day, block.startMinute(), zone);
        int to = wall(day, block.endMinute(), zone);
        if (to < from) { // ends in the second pass of the repeated autumn hour: keep its real length
            to = Math.min(1440, from + block.endMinute() - block.startMinute());
        }
        return new ProtocolDay.Bar(from, to, "night".equals(block.label()) ? SleepKind.NIGHT : SleepKind.NAP);
    }

    /** The part on {@code day} of a sleep running from the timer's start to {@code now}, if any. */
    static Optional<ProtocolDay.Bar> running(RunningTimer timer, Instant now, LocalDate day, ZoneId zone) {
        Instant dayStart = LocalDays.start(day, zone);
        Instant dayEnd = LocalDays.end(day, zone);
        Instant a = timer.startedAt().isAfter(dayStart) ? timer.startedAt() : dayStart;
        Instant b = now.isBefore(dayEnd) ? now : dayEnd;
        if (!a.isBefore(b)) {
            return Optional.empty();
        }
        int from = a.equals(dayStart) ? 0 : wallMinute(a, zone);
        int to = b.equals(dayEnd) ? 1440 : wallMinute(b, zone);
        if (to < from) { // now is in the second pass of the repeated autumn hour: keep the real length
            to = (int) Math.min(1440, from + Duration.between(a, b).toMinutes());
        }
        SleepKind kind = SleepKind.suggestedFor(timer.startedAt().atOffset(timer.offset()).toLocalTime());
        return Optional.of(new ProtocolDay.Bar(from, Math.max(to, from + 1), kind, true));
    }

    private static int wall(DayPattern day, int elapsed, ZoneId zone) {
        if (elapsed >= day.dayMinutes()) {
            return 1440;
        }
        return wallMinute(LocalDays.start(day.date(), zone).plusSeconds(elapsed * 60L), zone);
    }

    private static int wallMinute(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime().toSecondOfDay() / 60;
    }

    private static ProtocolDay.Mark mark(Entry entry, int minute) {
        return switch (entry.data()) {
            case EntryData.Breastfeeding feed -> new ProtocolDay.Mark(minute, ProtocolDay.MarkKind.BREAST,
                    (feed.leftSeconds() > 0 ? "L" : "") + (feed.leftSeconds() > 0 && feed.rightSeconds() > 0 ? "+" : "")
                            + (feed.rightSeconds() > 0 ? "R" : ""));
            case EntryData.Bottle bottle -> new ProtocolDay.Mark(minute, ProtocolDay.MarkKind.BOTTLE,
                    bottle.ml() == null ? "" : bottle.ml() + " ml");
            case EntryData.Solids solids -> new ProtocolDay.Mark(minute, ProtocolDay.MarkKind.SOLIDS,
                    String.join(", ", solids.foods()));
            case EntryData.Diaper diaper when diaper.wet() || diaper.dirty() -> new ProtocolDay.Mark(minute,
                    diaper.wet() && diaper.dirty() ? ProtocolDay.MarkKind.WET_AND_DIRTY
                            : diaper.wet() ? ProtocolDay.MarkKind.WET : ProtocolDay.MarkKind.DIRTY, "");
            case EntryData.Medicine medicine -> new ProtocolDay.Mark(minute, ProtocolDay.MarkKind.MEDICINE,
                    medicine.name() + (medicine.dose() == null ? "" : " " + medicine.dose().stripTrailingZeros()
                            .toPlainString() + (medicine.unit() == null ? "" : " "
                            + medicine.unit().name().toLowerCase(Locale.ROOT))));
            case EntryData.Note note -> new ProtocolDay.Mark(minute, ProtocolDay.MarkKind.NOTE, firstLine(note.text()));
            default -> null;
        };
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() <= NOTE_LENGTH ? line : line.substring(0, NOTE_LENGTH - 1) + "…";
    }
}
