package nestling.domain;

import java.time.LocalTime;
import java.util.Locale;

/**
 * The hour on the wall clock at which the family's day begins (a family setting; midnight unless
 * they choose otherwise). With 06:00 the night from Monday evening to Tuesday 05:59 belongs to
 * Monday, and a sleep across 06:00 is cut there as it is cut at midnight otherwise. Whole hours from
 * 00:00 to 12:00: a day that began in the afternoon would carry the date of the day before most of it.
 */
public record DayStart(int hour) {
    public static final DayStart MIDNIGHT = new DayStart(0);
    /** The latest hour a day may start at. */
    public static final int LATEST_HOUR = 12;

    public DayStart {
        if (hour < 0 || hour > LATEST_HOUR) {
            throw new IllegalArgumentException("a day starts at a whole hour from 00:00 to "
                    + String.format(Locale.ROOT, "%02d:00", LATEST_HOUR) + ", not at hour " + hour);
        }
    }

    /**
     * Reads "06:00", "6:00", "06" or "6"; an IllegalArgumentException says what is accepted when the
     * text is none of these, or not a whole hour from 00:00 to 12:00.
     */
    public static DayStart parse(String text) {
        String value = text == null ? "" : text.strip();
        String problem = "the day start must be a whole hour from 00:00 to 12:00, like 06:00 (got \"" + value + "\")";
        String[] parts = value.split(":", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && !parts[1].equals("00"))) {
            throw new IllegalArgumentException(problem);
        }
        try {
            int hour = Integer.parseInt(parts[0]);
            if (hour < 0 || hour > LATEST_HOUR || parts[0].length() > 2) {
                throw new IllegalArgumentException(problem);
            }
            return new DayStart(hour);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    public boolean isMidnight() {
        return hour == 0;
    }

    public LocalTime time() {
        return LocalTime.of(hour, 0);
    }

    /** "06:00": how it is stored and shown. */
    public String text() {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }
}
