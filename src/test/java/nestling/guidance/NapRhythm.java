package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated days of a baby whose naps follow a rhythm: up around a morning time, then wake windows that
 * grow through the day (one length per position), naps of varying length, and the night. {@code noise}
 * is the spread (standard deviation, minutes) laid on every wake window and wake-up time;
 * {@code growthPerDay} lengthens every wake window day by day, as a growing baby's do.
 */
public final class NapRhythm {
    private final ZoneId zone;
    private final LocalTime wakeUp;
    private final int[] windowMinutes;
    private final double noise;
    private final double growthPerDay;
    private final Random random;

    public NapRhythm(ZoneId zone, LocalTime wakeUp, int[] windowMinutes, double noise, long seed) {
        this(zone, wakeUp, windowMinutes, noise, 0, seed);
    }

    public NapRhythm(ZoneId zone, LocalTime wakeUp, int[] windowMinutes, double noise, double growthPerDay, long seed) {
        this.growthPerDay = growthPerDay;
        this.zone = zone;
        this.wakeUp = wakeUp;
        this.windowMinutes = windowMinutes.clone();
        this.noise = noise;
        this.random = new Random(seed);
    }

    /** The sleeps of {@code days} days from {@code first}: each day's naps, then the night into the next day. */
    public List<SleepSpan> days(LocalDate first, int days) {
        List<SleepSpan> sleeps = new ArrayList<>();
        Instant previousNightStart = null;
        for (int d = 0; d < days; d++) {
            Instant up = first.plusDays(d).atTime(wakeUp).atZone(zone).toInstant().plus(jitter());
            if (previousNightStart != null) {
                sleeps.add(new SleepSpan(previousNightStart, up));
            }
            Instant awake = up;
            for (int position = 0; position < windowMinutes.length; position++) {
                Duration grown = Duration.ofSeconds(Math.round(growthPerDay * d * 60));
                Instant asleep = awake.plus(Duration.ofMinutes(windowMinutes[position])).plus(grown).plus(jitter());
                if (position == windowMinutes.length - 1) {
                    previousNightStart = asleep;
                    break;
                }
                Instant woke = asleep.plus(Duration.ofMinutes(30 + random.nextInt(80)));
                sleeps.add(new SleepSpan(asleep, woke));
                awake = woke;
            }
        }
        return sleeps;
    }

    private Duration jitter() {
        return Duration.ofSeconds(Math.round(random.nextGaussian() * noise * 60));
    }
}
