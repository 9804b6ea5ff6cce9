package nestling.imports.babybuddy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * How Baby Buddy's export (django-import-export) writes values: datetimes as local time in the user's zone,
 * {@code 2024-03-10 01:30:00} (Django's first DATETIME_INPUT_FORMAT); a copy saved by another tool may carry an
 * offset ({@code 2024-03-10T01:30:00-05:00}), which is kept. Booleans as 1/0 (older versions True/False), floats
 * localised by Django ({@code 120.5}, or {@code 120,5} in a German-language session). Unparseable values return
 * null; the caller refuses the row with a reason.
 */
final class BabyBuddyValues {

    /** A time as written, with the offset it carried (null when it carried none). */
    record Stamp(LocalDateTime local, ZoneOffset offset) {
    }

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private BabyBuddyValues() {
    }

    static Stamp stamp(String text) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDateTime plain = nestling.imports.PlainTimes.parse(text.strip());
        if (plain != null) {
            return new Stamp(plain, null); // the shape Baby Buddy's export writes: local, no offset
        }
        try {
            var parsed = LOCAL.parse(text.strip());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : null;
            return new Stamp(local, offset);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The end written in the start's offset, so one offset serves both (a feed across a DST change). */
    static LocalDateTime endInStartOffset(Stamp start, Stamp end) {
        if (start.offset() == null || end.offset() == null || start.offset().equals(end.offset())) {
            return end.local();
        }
        return OffsetDateTime.of(end.local(), end.offset()).withOffsetSameInstant(start.offset()).toLocalDateTime();
    }

    static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 1/0, true/false in any case; null when empty or anything else. */
    static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> Boolean.TRUE;
            case "0", "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A decimal with a dot, or a comma when Django localised it; null when empty or not a number. */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
