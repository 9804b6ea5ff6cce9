package nestling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Whether an entry can be saved: its own fields, its times against the clock, and overlaps with the
 * same baby's other entries. The UI shows these reasons in its language, the CLI in English.
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

    /**
     * The rules a stored entry must meet whenever and wherever it was logged: its own fields and the
     * shape of its times (an end where the type needs one, not before the start, at most
     * {@link #MAX_DURATION}). Not the clock (another laptop's clock may run ahead) and not overlaps
     * (two laptops may each log the same nap): what a backup's entries are checked against.
     */
    public static Problems checkStored(Entry entry) {
        Problems problems = new Problems();
        checkTimes(entry, null, problems);
        entry.data().check(problems);
        return problems;
    }

    private static Reason overlapMessage(EntryType type) {
        return type == EntryType.SLEEP ? Reason.SLEEP_OVERLAPS : Reason.FEED_OVERLAPS;
    }

    /** With {@code now} null, the times are checked without the clock. */
    private static void checkTimes(Entry entry, Instant now, Problems problems) {
        Instant latest = now == null ? null : now.plus(FUTURE_TOLERANCE);
        if (latest != null && entry.start().isAfter(latest)) {
            problems.add("start", Reason.START_IN_FUTURE);
        }
        EntryType.Span span = entry.type().span();
        if (entry.end() == null) {
            if (span == EntryType.Span.TIMED) {
                problems.add("end", Reason.END_MISSING);
            }
            return;
        }
        if (span == EntryType.Span.INSTANT) {
            problems.add("end", Reason.END_NOT_ALLOWED);
        } else if (entry.end().isBefore(entry.start())) {
            problems.add("end", Reason.END_BEFORE_START);
        } else if (latest != null && entry.end().isAfter(latest)) {
            problems.add("end", Reason.END_IN_FUTURE);
        } else if (Duration.between(entry.start(), entry.end()).compareTo(MAX_DURATION) > 0) {
            problems.add("end", Reason.TOO_LONG);
        }
        if (entry.data() instanceof EntryData.Breastfeeding feed && problems.message("end") == null) {
            long seconds = Duration.between(entry.start(), entry.end()).toSeconds();
            if (feed.leftSeconds() + feed.rightSeconds() + feed.pausedSeconds() > seconds + 60) {
                problems.add("sides", Reason.FEED_SIDES_LONGER);
            }
        }
    }
}
