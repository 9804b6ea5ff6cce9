package nestling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Whether an entry can be saved: its own fields, its times against the clock, and overlaps with the
 * same baby's other entries. The UI and the CLI show exactly these messages.
 */
public final class EntryRules {
    /** Clocks of two devices drift; a few minutes ahead is still "now". */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /**
     * Nothing a baby does lasts longer; a longer entry is a timer left running. Also bounds how far
     * back a day's query must look for entries that reach into the day.
     */
    public static final Duration MAX_DURATION = Duration.ofHours(48);

    private EntryRules() {
    }

    /**
     * @param neighbours other live entries of the same baby that may overlap {@code entry} (the
     *     entry itself, if present among them, is ignored)
     */
    public static Problems check(Entry entry, Instant now, Collection<Entry> neighbours) {
        Problems problems = new Problems();
        checkTimes(entry, now, problems);
        entry.data().check(problems);
        String group = entry.type().overlapGroup();
        if (group != null && entry.end() != null && problems.message("end") == null) {
            for (Entry other : neighbours) {
                if (!other.id().equals(entry.id()) && other.babyId().equals(entry.babyId()) && !other.meta().deleted()
                        && group.equals(other.type().overlapGroup()) && entry.overlaps(other)) {
                    problems.add("start", overlapMessage(entry.type()));
                    break;
                }
            }
        }
        return problems;
    }

    private static String overlapMessage(EntryType type) {
        return type == EntryType.SLEEP ? "This sleep overlaps another sleep of the same baby."
                : "This feed overlaps another feed of the same baby.";
    }

    private static void checkTimes(Entry entry, Instant now, Problems problems) {
        Instant latest = now.plus(FUTURE_TOLERANCE);
        if (entry.start().isAfter(latest)) {
            problems.add("start", "The start is in the future.");
        }
        EntryType.Span span = entry.type().span();
        if (entry.end() == null) {
            if (span == EntryType.Span.TIMED) {
                problems.add("end", "Give the end time.");
            }
            return;
        }
        if (span == EntryType.Span.INSTANT) {
            problems.add("end", "This kind of entry has a time, not an end.");
        } else if (entry.end().isBefore(entry.start())) {
            problems.add("end", "The end is before the start.");
        } else if (entry.end().isAfter(latest)) {
            problems.add("end", "The end is in the future.");
        } else if (Duration.between(entry.start(), entry.end()).compareTo(MAX_DURATION) > 0) {
            problems.add("end", "This lasts more than 48 hours; was a timer left running?");
        }
        if (entry.data() instanceof EntryData.Breastfeeding feed && problems.message("end") == null) {
            long seconds = Duration.between(entry.start(), entry.end()).toSeconds();
            if (feed.leftSeconds() + feed.rightSeconds() + feed.pausedSeconds() > seconds + 60) {
                problems.add("sides", "The time on both sides is longer than the whole feed.");
            }
        }
    }
}
