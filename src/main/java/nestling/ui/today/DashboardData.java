package nestling.ui.today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.UnitSystem;
import nestling.guidance.NextNap;
import nestling.insights.DayTotals;
import nestling.reminders.DueDose;
import nestling.reminders.ReminderSnapshot;

/**
 * What one baby's dashboard shows, loaded in one background step. Entries are null when none was
 * logged in the look-back window ({@link DashboardLoader#LOOKBACK}).
 *
 * @param nextSide the breast to offer next, or null when no breastfeed is known
 * @param lastBottleMl the amount of the last bottle, the one-click bottle repeats it; null if none
 * @param lastBackup null when this laptop never made a verified backup
 * @param fever the latest temperature, when it is from the last day and means "call your doctor now"
 *     ({@link nestling.domain.FeverRule}); else null
 * @param nextNap when the next nap is likely, and why ({@link nestling.guidance.NextNapEstimator})
 * @param reminders this baby's reminders and the backup's, evaluated as the clock ticks
 */
public record DashboardData(UUID babyId, LocalDate day, Entry lastFeed, Side nextSide, Entry lastDiaper,
        Entry lastSleep, Integer lastBottleMl, BottleContent lastBottleContent, List<RunningTimer> timers,
        DayTotals totals, List<DueDose> nextDoses, Instant lastBackup, boolean backupDue, int backupReminderDays,
        UnitSystem units, Entry fever, NextNap nextNap,
        ReminderSnapshot reminders) {

    public DashboardData {
        timers = List.copyOf(timers);
        nextDoses = List.copyOf(nextDoses);
    }
}
