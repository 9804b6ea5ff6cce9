package nestling.guidance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nestling.domain.FamilyDays;

/**
 * The wake windows of the last days by the time of day the baby woke, with the usual range for the
 * baby's age beside them: the Insights chart a parent compares their baby's rhythm with. A window
 * belongs to the family's day on which the baby woke ({@link FamilyDays}), as in the day totals.
 *
 * @param ageRange the usual range for the age on the last day; empty past the first year
 * @param corrected whether that age is corrected for a preterm birth
 */
public record WakeWindowDays(FamilyDays days, LocalDate from, LocalDate to, List<Window> windows,
        Optional<AgeWakeRange> ageRange, boolean corrected) {
    /** Two weeks: enough days for a rhythm, few enough that a growing baby's older days do not blur it. */
    public static final int DAYS = 14;

    public WakeWindowDays {
        windows = List.copyOf(windows);
    }

    /**
     * One wake window.
     *
     * @param clockMinute minutes on the wall clock after the day-start hour at which the baby woke (0–1439)
     */
    public record Window(LocalDate day, int clockMinute, Duration length) {
    }

    /**
     * The windows between {@code sleeps} (finished sleeps reaching at least a day before {@code from})
     * that began on the days {@code from}..{@code to}, oldest first.
     */
    public static WakeWindowDays of(List<SleepSpan> sleeps, FamilyDays days, LocalDate from, LocalDate to,
            Optional<AgeWakeRange> ageRange, boolean corrected) {
        List<Window> windows = new ArrayList<>();
        for (WakeWindow window : WakeWindow.between(sleeps)) {
            LocalDate day = days.dayOf(window.from());
            if (!day.isBefore(from) && !day.isAfter(to)) {
                windows.add(new Window(day, days.clockMinute(window.from()), window.length()));
            }
        }
        return new WakeWindowDays(days, from, to, windows, ageRange, corrected);
    }

    public List<Window> on(LocalDate day) {
        return windows.stream().filter(w -> w.day().equals(day)).toList();
    }

    /** How many windows lie inside the age's range (both ends included); 0 without a range. */
    public int withinRange() {
        return ageRange.map(r -> (int) windows.stream().filter(w -> w.length().compareTo(r.shortest()) >= 0
                && w.length().compareTo(r.longest()) <= 0).count()).orElse(0);
    }

    /** The median window, or zero when there is none. */
    public Duration median() {
        if (windows.isEmpty()) {
            return Duration.ZERO;
        }
        long[] seconds = windows.stream().mapToLong(w -> w.length().toSeconds()).sorted().toArray();
        return Duration.ofSeconds(Quantiles.of(seconds, 0.5));
    }
}
