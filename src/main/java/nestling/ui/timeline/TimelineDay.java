package nestling.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryType;
import nestling.domain.LocalDays;
import nestling.journal.EntryLog;

/**
 * A loaded day: its local date, its start instant and length in minutes (DST-aware), and its items.
 * {@link #load} is the query path the view model runs in the background (and the benchmark times).
 */
public record TimelineDay(LocalDate date, Instant start, int minutes, List<TimelineItem> items) {
    public TimelineDay {
        items = List.copyOf(items);
    }

    public static TimelineDay load(EntryLog log, UUID babyId, LocalDate date, ZoneId zone) {
        Instant start = LocalDays.start(date, zone);
        Instant end = LocalDays.end(date, zone);
        List<TimelineItem> items = new ArrayList<>();
        if (babyId != null) {
            for (Entry entry : log.day(babyId, date, zone)) {
                items.add(item(entry, start, end));
            }
        }
        return new TimelineDay(date, start, (int) Duration.between(start, end).toMinutes(), items);
    }

    static TimelineItem item(Entry entry, Instant dayStart, Instant dayEnd) {
        boolean block = entry.end() != null && entry.type().span() != EntryType.Span.INSTANT;
        Instant from = entry.start().isBefore(dayStart) ? dayStart : entry.start();
        Instant last = entry.endOrStart();
        Instant to = last.isAfter(dayEnd) ? dayEnd : last;
        return new TimelineItem(entry, minutes(dayStart, from), minutes(dayStart, to), block,
                entry.start().isBefore(dayStart), last.isAfter(dayEnd));
    }

    static double minutes(Instant dayStart, Instant at) {
        return Duration.between(dayStart, at).toSeconds() / 60.0;
    }

    /** The instant at {@code minute} minutes after the day's start, to the whole minute. */
    public Instant at(double minute) {
        return start.plusSeconds(Math.round(minute) * 60);
    }
}
