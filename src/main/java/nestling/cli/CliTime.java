package nestling.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Times on the command line. Without an offset a time is local wall-clock time in the zone of the
 * console ({@code TZ} from the environment if it names a zone, else the system zone); with one
 * ({@code 2026-11-20T08:15+01:00}) it is taken as given.
 */
final class CliTime {
    private CliTime() {
    }

    static ZoneId zone(Map<String, String> environment) {
        String tz = environment.get("TZ");
        if (tz != null && !tz.isBlank()) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                // an unknown TZ is ignored like the C library does: fall back to the system zone
            }
        }
        return ZoneId.systemDefault();
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
