package nestling.ui.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed time the way a tired parent types it: "now", "14:30", "2:30p", "2:30 pm", "-15m",
 * "-1h 30m", "yesterday 22:10", "2026-11-20 08:15" (and the German "jetzt", "gestern"). Plain Java,
 * relative to the injected clock and its zone.
 *
 * <p>It also reads back what the window shows: the date and time as {@link Formats#dateTime} writes
 * them in the window's locale ("Mar 12, 2026, 10:10 PM", "12.03.2026, 22:10").
 *
 * <p>A bare clock time that would lie in the future (more than {@link #FUTURE_SLACK} ahead) means
 * yesterday: "23:50" typed at 00:10 is ten minutes ago. Wall times are resolved DST-safe: a time in
 * the spring-forward gap moves forward by the gap; of the two 02:30 in the autumn the later one that
 * is not in the future wins. Either way the result says so ({@link Result#shift()}), so the window
 * can tell the parent what will be stored and let them choose.
 */
public final class TimeInput {
    /** Why a text could not be read; each has a bundle text {@code time.problem.<name>}. */
    public enum Problem {
        EMPTY, NOT_A_TIME, NO_SUCH_TIME, TOO_FAR_BACK
    }

    /**
     * Either an instant or a problem. {@code shift} is set when the typed wall time does not exist
     * on that day or happens twice (then {@code instant} is the default choice); otherwise null.
     */
    public record Result(Instant instant, Problem problem, Shift shift) {
        public Result(Instant instant, Problem problem) {
            this(instant, problem, null);
        }

        public boolean ok() {
            return instant != null;
        }
    }

    /**
     * A typed wall time the zone does not have once: in the spring gap ({@code gap}, one choice: the
     * time moved forward by the gap) or in the autumn overlap (two choices: the earlier offset, then
     * the later one).
     */
    public record Shift(LocalDateTime typed, boolean gap, List<Instant> choices) {
    }

    static final Duration FUTURE_SLACK = Duration.ofMinutes(5);
    private static final Duration MAX_BACK = Duration.ofDays(366 * 3);
    private static final List<String> NOW = List.of("now", "jetzt", "n");
    private static final List<String> YESTERDAY = List.of("yesterday", "gestern", "y");
    private static final List<String> TODAY = List.of("today", "heute");
    private static final Pattern RELATIVE = Pattern.compile(
            "-\\s*((?:\\d+\\s*(?:h|hr|hrs|hour|hours|std|m|min|mins|minute|minutes)\\s*)+)(?:ago)?");
    private static final Pattern RELATIVE_PART = Pattern.compile("(\\d+)\\s*([a-z]+)");
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a|am|a\\.m\\.|p|pm|p\\.m\\.|uhr)?");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[ t]+(.+)");

    private final Clock clock;
    private final List<DateTimeFormatter> shown;

    public TimeInput(Clock clock) {
        this(clock, null);
    }

    /** @param locale the window's format locale ({@link Formats#locale}); its shown date and time are read too */
    public TimeInput(Clock clock, Locale locale) {
        this.clock = clock;
        this.shown = locale == null ? List.of() : shownFormats(locale);
    }

    /**
     * The date formats the window shows in {@code locale} (medium, "Mar 12, 2026" or "12.03.2026",
     * and short, "3/12/26"), read case-blind and leniently: "12.3.2026" and a four-digit year in a
     * short date count too.
     */
    private static List<DateTimeFormatter> shownFormats(Locale locale) {
        List<DateTimeFormatter> formats = new java.util.ArrayList<>();
        for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.SHORT)) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale);
            formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                    .appendPattern(plainSpaces(pattern)).toFormatter(locale));
        }
        return formats;
    }

    /** Narrow and non-breaking spaces (in the shown formats; nobody types them) as plain ones. */
    private static String plainSpaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /**
     * A shown date followed by a time ("Mar 12, 2026, 10:10 PM", "12.03.2026, 22:10",
     * "12/3/2026 22:10"), or null when {@code text} does not start with a shown date.
     */
    private Result shownDateAndTime(String text, Instant now, ZoneId zone) {
        String plain = plainSpaces(text.strip()).replaceAll("\\s+", " ");
        for (int space = plain.indexOf(' '); space > 0; space = plain.indexOf(' ', space + 1)) {
            LocalDate day = shownDate(plain.substring(0, space).replaceAll(",$", ""));
            if (day != null) {
                Result result = onDay(day, plain.substring(space + 1).toLowerCase(Locale.ROOT), now, zone, false);
                if (result.problem() != Problem.NOT_A_TIME) {
                    return result;
                }
            }
        }
        return null;
    }

    private LocalDate shownDate(String text) {
        for (DateTimeFormatter format : shown) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // not in this format; try the next
            }
        }
        return null;
    }

    public Result parse(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (typed.isEmpty()) {
            return problem(Problem.EMPTY);
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        if (NOW.contains(typed)) {
            return new Result(now, null);
        }
        Matcher relative = RELATIVE.matcher(typed);
        if (relative.matches()) {
            return relative(relative.group(1), now);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Matcher dated = DATE_TIME.matcher(typed);
        if (dated.matches()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(dated.group(1)), Integer.parseInt(dated.group(2)),
                        Integer.parseInt(dated.group(3)));
                return onDay(day, dated.group(4), now, zone, false);
            } catch (DateTimeException e) {
                return problem(Problem.NO_SUCH_TIME);
            }
        }
        Result shownDate = shown.isEmpty() ? null : shownDateAndTime(text, now, zone);
        if (shownDate != null) {
            return shownDate;
        }
        for (String word : YESTERDAY) {
            if (typed.startsWith(word + " ")) {
                return onDay(today.minusDays(1), typed.substring(word.length() + 1), now, zone, false);
            }
        }
        for (String word : TODAY) {
            if (typed.startsWith(word + " ")) {
                return onDay(today, typed.substring(word.length() + 1), now, zone, false);
            }
        }
        return onDay(today, typed, now, zone, true);
    }

    private Result relative(String parts, Instant now) {
        Duration back = Duration.ZERO;
        Matcher part = RELATIVE_PART.matcher(parts);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            if (amount > MAX_BACK.toMinutes()) {
                return problem(Problem.TOO_FAR_BACK);
            }
            back = back.plus(part.group(2).startsWith("h") || part.group(2).equals("std")
                    ? Duration.ofHours(amount) : Duration.ofMinutes(amount));
        }
        if (back.compareTo(MAX_BACK) > 0) {
            return problem(Problem.TOO_FAR_BACK);
        }
        return new Result(now.minus(back), null);
    }

    private Result onDay(LocalDate day, String clockText, Instant now, ZoneId zone, boolean mayMeanYesterday) {
        Matcher time = CLOCK.matcher(clockText.strip());
        if (!time.matches()) {
            return problem(Problem.NOT_A_TIME);
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
        String half = time.group(3);
        if (time.group(2) == null && half == null) {
            return problem(Problem.NOT_A_TIME); // a bare "7" is too ambiguous
        }
        if (half != null && half.startsWith("a") || half != null && half.startsWith("p")) {
            if (hour < 1 || hour > 12) {
                return problem(Problem.NO_SUCH_TIME);
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return problem(Problem.NO_SUCH_TIME);
        }
        LocalTime wall = LocalTime.of(hour, minute);
        LocalDateTime at = day.atTime(wall);
        Instant resolved = resolve(at, zone, now);
        if (mayMeanYesterday && resolved.isAfter(now.plus(FUTURE_SLACK))) {
            at = day.minusDays(1).atTime(wall);
            resolved = resolve(at, zone, now);
        }
        if (resolved.isBefore(now.minus(MAX_BACK))) {
            return problem(Problem.TOO_FAR_BACK);
        }
        return new Result(resolved, null, shift(at, zone));
    }

    /** How {@code wall} is not a plain time in {@code zone}: in the gap or the overlap; null when it is. */
    private static Shift shift(LocalDateTime wall, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wall);
        if (offsets.size() == 2) {
            return new Shift(wall, false, List.of(wall.toInstant(offsets.get(0)), wall.toInstant(offsets.get(1))));
        }
        if (offsets.isEmpty()) {
            return new Shift(wall, true, List.of(ZonedDateTime.ofLocal(wall, zone, null).toInstant()));
        }
        return null;
    }

    /** The instant of a wall time: forward over a gap; in an overlap the later offset unless it is in the future. */
    static Instant resolve(LocalDateTime wall, ZoneId zone, Instant now) {
        return nestling.domain.LocalDays.resolve(wall, zone, now);
    }

    private static Result problem(Problem problem) {
        return new Result(null, problem);
    }
}
