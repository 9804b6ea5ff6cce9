package nestling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Days as the family counts them: from the {@link DayStart} hour of one date to the same hour of the
 * next, in the family's zone. The one place days are cut ({@link LocalDays} is the midnight case).
 * On the night the clocks change a day is 23 or 25 hours long: its start and end are always looked
 * up in the zone's rules, never taken as 24 hours after the start. A start hour that does not exist
 * that night (02:00 in a spring-forward gap) moves forward by the gap, as a typed time does
 * ({@link LocalDays#resolve}); one that exists twice (autumn) is its first pass.
 */
public record FamilyDays(ZoneId zone, DayStart dayStart) {
    public FamilyDays {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
    }

    public static FamilyDays midnight(ZoneId zone) {
        return new FamilyDays(zone, DayStart.MIDNIGHT);
    }

    /** The first instant of {@code day}. */
    public Instant start(LocalDate day) {
        if (dayStart.isMidnight()) {
            return day.atStartOfDay(zone).toInstant(); // the first valid time where midnight does not exist
        }
        return ZonedDateTime.of(day.atTime(dayStart.time()), zone).toInstant();
    }

    /** The first instant after {@code day}. */
    public Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }

    public Duration length(LocalDate day) {
        return Duration.between(start(day), end(day));
    }

    /** The day {@code instant} belongs to: its date, or the date before when it lies before that date's start. */
    public LocalDate dayOf(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        return instant.isBefore(start(date)) ? date.minusDays(1) : date;
    }

    /**
     * How much of [{@code from}, {@code to}) falls on each day, in order. With days from midnight a
     * sleep from 21:30 to 02:10 gives 2 h 30 to the first day and 2 h 10 to the second; with days from
     * 06:00 a sleep from 05:00 to 07:00 gives an hour to each.
     */
    public Map<LocalDate, Duration> split(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the interval ends before it starts");
        }
        Map<LocalDate, Duration> parts = new LinkedHashMap<>();
        LocalDate day = dayOf(from);
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Instant dayEnd = end(day);
            Instant partEnd = dayEnd.isBefore(to) ? dayEnd : to;
            parts.put(day, Duration.between(cursor, partEnd));
            cursor = partEnd;
            day = day.plusDays(1);
        }
        return parts;
    }

    /** The part of [{@code from}, {@code to}) inside {@code day}; zero when they do not meet. */
    public Duration within(Instant from, Instant to, LocalDate day) {
        Instant dayStartAt = start(day);
        Instant dayEnd = end(day);
        Instant a = from.isAfter(dayStartAt) ? from : dayStartAt;
        Instant b = to.isBefore(dayEnd) ? to : dayEnd;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /**
     * Where {@code at} sits on a row drawn by the wall clock from the day-start hour: minutes after
     * that hour on the clock, 0 to 1439 (on a DST day a time in the repeated hour maps twice, and the
     * hour that did not exist stays empty, as on a paper form).
     */
    public int clockMinute(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int minute = local.getHour() * 60 + local.getMinute();
        return Math.floorMod(minute - dayStart.hour() * 60, 1440);
    }
}
