package nestling.imports.huckleberry;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.imports.Quantities;
import nestling.imports.RowRefusal;

/** Huckleberry's times ({@code 2024-03-10 14:05}), durations ({@code 01:30}) and amounts, read or refused. */
final class HuckleberryValues {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
    static final Pattern HOURS_MINUTES = Pattern.compile("^(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?$");

    // despite the names, Huckleberry writes decimal pounds ("14.125lbs.oz" is 14 1/8 lb) and decimal feet ("2.1ft.in")
    private static final Pattern DECIMAL_POUNDS = Pattern.compile("(?i)\\s*lbs\\.oz\\s*$");
    private static final Pattern DECIMAL_FEET = Pattern.compile("(?i)\\s*ft\\.in\\s*$");

    private HuckleberryValues() {
    }

    /** A growth value with Huckleberry's own unit names said plainly ({@code lbs.oz} as lb, {@code ft.in} as ft). */
    static String growthUnits(String text) {
        return DECIMAL_FEET.matcher(DECIMAL_POUNDS.matcher(text).replaceFirst("lb")).replaceFirst("ft");
    }

    @FunctionalInterface
    interface Reading<T> {
        T read() throws Quantities.Unreadable;
    }

    static <T> T quantity(Reading<T> reading) throws RowRefusal {
        try {
            return reading.read();
        } catch (Quantities.Unreadable e) {
            throw new RowRefusal(e.noUnit() ? RefusalReason.NO_UNIT_GIVEN : RefusalReason.CANNOT_BE_READ, e.what());
        } catch (ArithmeticException e) {
            throw new RowRefusal(RefusalReason.OUT_OF_RANGE);
        }
    }

    static LocalDateTime time(String text, RefusalSubject which) throws RowRefusal {
        if (text.isEmpty()) {
            return null;
        }
        LocalDateTime plain = nestling.imports.PlainTimes.parse(text);
        if (plain != null) {
            return plain;
        }
        try {
            return LocalDateTime.parse(text.replace('T', ' '), TIME);
        } catch (DateTimeParseException e) {
            throw new RowRefusal(RefusalReason.TIME_NOT_HUCKLEBERRY, which);
        }
    }

    static Duration duration(String text) throws RowRefusal {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = HOURS_MINUTES.matcher(text);
        if (!m.matches()) {
            return null; // a diaper's row writes a colour here
        }
        return Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }
}
