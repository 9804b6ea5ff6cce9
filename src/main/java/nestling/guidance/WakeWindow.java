package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time a baby was awake between two sleeps: from the end of one to the start of the next.
 *
 * @param from  when the baby woke
 * @param until when the next sleep started
 */
public record WakeWindow(Instant from, Instant until) {

    /**
     * Longer than this between two logged sleeps is a gap in the log (a sleep nobody wrote down), not a
     * wake window: even a one-year-old rarely stays awake beyond five hours.
     */
    static final Duration LONGEST = Duration.ofHours(6);

    public Duration length() {
        return Duration.between(from, until);
    }

    /** Minutes after local midnight at which the baby woke: "at this time of day". */
    public int minuteOfDay(ZoneId zone) {
        var local = from.atZone(zone).toLocalTime();
        return local.getHour() * 60 + local.getMinute();
    }

    /**
     * The wake windows between consecutive sleeps, oldest first. Overlapping sleeps (one logged twice,
     * or twins' mixed up) give no window; gaps longer than {@link #LONGEST} are gaps in the log.
     */
    public static List<WakeWindow> between(List<SleepSpan> sleeps) {
        List<SleepSpan> sorted = new ArrayList<>(sleeps);
        sorted.sort(Comparator.comparing(SleepSpan::start));
        List<WakeWindow> windows = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Instant woke = sorted.get(i - 1).end();
            Instant slept = sorted.get(i).start();
            if (slept.isAfter(woke) && Duration.between(woke, slept).compareTo(LONGEST) <= 0) {
                windows.add(new WakeWindow(woke, slept));
            }
        }
        return windows;
    }
}
