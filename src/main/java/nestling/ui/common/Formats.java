package nestling.ui.common;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns instants, durations and message patterns into text in the bundle's locale and the clock's zone. */
public final class Formats {
    private final ResourceBundle bundle;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;

    public Formats(ResourceBundle bundle, ZoneId zone) {
        this.bundle = bundle;
        Locale locale = locale(bundle);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    /**
     * The locale dates and numbers follow: the computer's format locale when it speaks the bundle's
     * language (so en_GB keeps day-month order under the English texts), else the bundle's.
     */
    public static Locale locale(ResourceBundle bundle) {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        Locale texts = bundle.getLocale();
        if (texts == null || texts.getLanguage().isEmpty() || texts.getLanguage().equals(system.getLanguage())) {
            return system;
        }
        return texts;
    }

    public String time(Instant instant) {
        return time.format(instant);
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** Whole seconds, rounded up: "3" for 2.1 s, so a countdown never shows 0 while still waiting. */
    public static long secondsRoundedUp(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return 0;
        }
        return (duration.toMillis() + 999) / 1000;
    }

    /** The bundle's text for {@code key} as it is (no pattern: an apostrophe stays). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The bundle's pattern for {@code key} filled with {@code arguments} ({@link MessageFormat}). */
    public String message(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale(bundle)).format(arguments);
    }

    /** A file size a parent can read: "36 KB" below a megabyte (rounded up, never "0"), else "37.4 MB". */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return message("size.kb", bytes == 0 ? 0 : Math.max(1, (bytes + 1023) / 1024));
        }
        return message("size.mb", bytes / (1024.0 * 1024.0));
    }
}
