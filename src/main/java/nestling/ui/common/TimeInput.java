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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed time the way a tired parent types it: "now", "14:30", "2:30p", "2:30 pm", "-15m",
 * "-1h 30m", "yesterday 22:10", "2026-11-20 08:15" (and the German "jetzt", "gestern"). Plain Java,
 * relative to the injected clock and its zone.
 *
 * <p>A bare clock time that would lie in the future (more than {@link #FUTURE_SLACK} ahead) means
 * yesterday: "23:50" typed at 00:10 is ten minutes ago. Wall times are resolved DST-safe: a time in
 * the spring-forward gap moves forward by the gap; of the two 02:30 in the autumn the later one that
 * is not in the future wins.
 */
public final class TimeInput {
    /** Why a text could not be read; each has a bundle text {@code time.problem.<name>}. */
    public enum Problem {
        EMPTY, NOT_A_TIME, NO_SUCH_TIME, TOO_FAR_BACK
    }

    /** Either an instant or a problem. */
    public record Result(Instant instant, Problem problem) {
        public boolean ok() {
            return instant != null;
        }
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

    public TimeInput(Clock clock) {
        this.clock = clock;
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
        Instant resolved = resolve(day.atTime(wall), zone, now);
        if (mayMeanYesterday && resolved.isAfter(now.plus(FUTURE_SLACK))) {
            resolved = resolve(day.minusDays(1).atTime(wall), zone, now);
        }
        if (resolved.isBefore(now.minus(MAX_BACK))) {
            return problem(Problem.TOO_FAR_BACK);
        }
        return new Result(resolved, null);
    }

    /** The instant of a wall time: forward over a gap; in an overlap the later offset unless it is in the future. */
    static Instant resolve(LocalDateTime wall, ZoneId zone, Instant now) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wall);
        if (offsets.size() == 2) {
            Instant later = wall.toInstant(offsets.get(1));
            return later.isAfter(now.plus(FUTURE_SLACK)) ? wall.toInstant(offsets.get(0)) : later;
        }
        return ZonedDateTime.ofLocal(wall, zone, null).toInstant();
    }

    private static Result problem(Problem problem) {
        return new Result(null, problem);
    }
}
