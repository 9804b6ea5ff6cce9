package nestling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Calendar days, from local midnight to the next, in the user's zone (history filters, exports, the
 * 24-hour protocol's form); the family's own days, which may start at another hour, are
 * {@link FamilyDays}, which also does the cutting here. A day is 23 or 25 hours long when the clocks
 * change, so days are always computed from the zone's rules and never as 24 hours after midnight.
 */
public final class LocalDays {
    private LocalDays() {
    }

    /** The first instant of {@code day} (the start of the day, which is not always 00:00 in every zone). */
    public static Instant start(LocalDate day, ZoneId zone) {
        return FamilyDays.midnight(zone).start(day);
    }

    /** The first instant after {@code day}. */
    public static Instant end(LocalDate day, ZoneId zone) {
        return FamilyDays.midnight(zone).end(day);
    }

    public static Duration length(LocalDate day, ZoneId zone) {
        return FamilyDays.midnight(zone).length(day);
    }

    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * How much of [{@code from}, {@code to}) falls on each local day, in order. A sleep from 21:30 to
     * 02:10 gives 2 h 30 to the first day and 2 h 10 to the second.
     */
    public static Map<LocalDate, Duration> split(Instant from, Instant to, ZoneId zone) {
        return FamilyDays.midnight(zone).split(from, to);
    }

    /** The part of [{@code from}, {@code to}) inside {@code day}; zero when they do not meet. */
    public static Duration within(Instant from, Instant to, LocalDate day, ZoneId zone) {
        return FamilyDays.midnight(zone).within(from, to, day);
    }

    /**
     * The instant of a wall-clock time, DST-safe, as every place that reads a typed or imported local
     * time resolves it: a time in the spring-forward gap moves forward by the gap; of the two in the
     * autumn overlap the later one wins unless it lies more than {@link EntryRules#FUTURE_TOLERANCE}
     * after {@code now} (then the earlier, which is already past).
     */
    public static Instant resolve(LocalDateTime wall, ZoneId zone, Instant now) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wall);
        if (offsets.size() == 2) {
            Instant later = wall.toInstant(offsets.get(1));
            return later.isAfter(now.plus(EntryRules.FUTURE_TOLERANCE)) ? wall.toInstant(offsets.get(0)) : later;
        }
        return ZonedDateTime.ofLocal(wall, zone, null).toInstant();
    }
}
