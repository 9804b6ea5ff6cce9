package nestling.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nestling.domain.Entry;
import nestling.util.LocalZone;

/**
 * Times on the command line. Without an offset a time is local wall-clock time in the zone of the
 * console ({@link LocalZone}: {@code TZ} if it names a zone, else the JVM's); with one
 * ({@code 2026-11-20T08:15+01:00}) it is taken as given, and the entry keeps that offset.
 */
final class CliTime {
    private CliTime() {
    }

    /** The zone every command counts in, the same the window uses. */
    static ZoneId zone(Map<String, String> environment) {
        return LocalZone.of(environment);
    }

    /** The offset a time was given with ({@code 08:00+05:30}), or null for a local time. */
    static ZoneOffset givenOffset(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).getOffset();
        } catch (DateTimeParseException noOffset) {
            return null;
        }
    }

    /**
     * A time of an entry as the wall clock showed it where it was logged, each with its own offset:
     * in {@code zone} when the entry was logged at that zone's offset (so the end of a sleep across
     * a DST change gets the new offset), else at the offset the entry keeps.
     */
    static OffsetDateTime wallClock(Entry entry, Instant at, ZoneId zone) {
        return zone.getRules().getOffset(entry.start()).equals(entry.offset()) ? at.atZone(zone).toOffsetDateTime()
                : at.atOffset(entry.offset());
    }

    /** {@code 2026-11-20T08:15}, {@code 2026-11-20T08:15:30}, or either with an offset. */
    static Instant instant(String option, String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new CliFailure(ExitCodes.USAGE, option + " must be a date and time such as 2026-11-20T08:15, got '"
                        + text + "'");
            }
        }
    }

    /** A date ({@code 2026-11-20}) or a date and time; a date means its start. */
    static Instant dateOrTime(String option, String text, ZoneId zone) {
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            return instant(option, text, zone);
        }
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, option + " must be a date such as 2026-11-20, got '" + text + "'");
        }
    }
}
