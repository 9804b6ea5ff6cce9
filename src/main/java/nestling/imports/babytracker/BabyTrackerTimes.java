package nestling.imports.babytracker;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.imports.ImportFormatException;

/**
 * Baby Tracker's CSV "Time" column is written in the phone's own date format: {@code 9/3/23 6:03 PM} (US),
 * {@code 14/3/26 6:03 pm} (Australia), {@code 14/03/2026, 18:03} (UK), {@code 14.03.26, 18:03} (Germany),
 * {@code 2026-03-14 18:03}. The order of day and month is not written anywhere, so it is read off the whole
 * export: a first number above 12 means day first, a second number above 12 means month first. When no
 * value decides (an export of less than two weeks), a 12-hour clock means month first (the US) and a
 * 24-hour clock day first (nearly every other place that writes slashes).
 */
final class BabyTrackerTimes {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})\\.?,?\\s+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*"
                    + "(?:([AaPp])\\.?\\s?[Mm]\\.?)?");

    private final boolean dayFirst;

    private BabyTrackerTimes(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    /** Decides the order of day and month from every time in the export. */
    static BabyTrackerTimes of(Collection<String> times) throws ImportFormatException {
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        boolean twelveHour = false;
        for (String time : times) {
            Matcher m = TIME.matcher(normalise(time));
            if (!m.matches() || m.group(1).length() == 4) {
                continue;
            }
            firstOver12 |= Integer.parseInt(m.group(1)) > 12;
            secondOver12 |= Integer.parseInt(m.group(2)) > 12;
            twelveHour |= m.group(7) != null;
        }
        if (firstOver12 && secondOver12) {
            throw new ImportFormatException("The export's dates are written in two different orders (day first "
                    + "and month first), so Nestling cannot tell them apart. Export again from one phone.");
        }
        return new BabyTrackerTimes(firstOver12 || (!secondOver12 && !twelveHour));
    }

    boolean dayFirst() {
        return dayFirst;
    }

    /** The local time written, or null when it is not a time Baby Tracker writes. */
    LocalDateTime parse(String text) {
        Matcher m = TIME.matcher(normalise(text));
        if (!m.matches()) {
            return null;
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            int year;
            int month;
            int day;
            if (m.group(1).length() == 4) {
                year = a;
                month = b;
                day = c;
            } else {
                year = m.group(3).length() <= 2 ? 2000 + c : c;
                month = dayFirst ? b : a;
                day = dayFirst ? a : b;
            }
            int hour = Integer.parseInt(m.group(4));
            String half = m.group(7);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return LocalDateTime.of(year, month, day, hour, Integer.parseInt(m.group(5)), second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Phones put narrow or no-break spaces before AM/PM; exports differ in case. */
    private static String normalise(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
