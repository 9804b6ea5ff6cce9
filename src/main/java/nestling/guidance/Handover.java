package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nestling.domain.Entry;
import nestling.domain.RunningTimer;

/**
 * "While you were away": what the caregiver coming on duty needs, since a time they pick.
 *
 * @param since         the start of the period handed over
 * @param until         its end (now)
 * @param lastFeed      the latest finished feed (breast or bottle) before {@code until}, whenever it was; null if none
 * @param runningTimers timers running now (a feed in progress, a sleep)
 * @param asleepSince   the start of a running sleep, or null
 * @param awakeSince    the end of the latest sleep when none runs, or null
 * @param feeds         breast and bottle feeds started in the period
 * @param bottleMl      millilitres from bottles in the period
 * @param breastTime    time at the breast in the period
 * @param wetDiapers    diapers in the period that were wet
 * @param dirtyDiapers  diapers in the period that were dirty
 * @param diapers       all diaper changes in the period
 * @param sleep         sleep within the period (a sleep crossing its start counts from the start; a running one to now)
 * @param doses         medicine given in the period, oldest first
 * @param dosesDue      for each medicine given in the last day that has a minimum interval, when the next may be given
 * @param notes         notes and milestones logged in the period, oldest first
 */
public record Handover(Instant since, Instant until, Entry lastFeed, List<RunningTimer> runningTimers,
        Instant asleepSince, Instant awakeSince, int feeds, int bottleMl, Duration breastTime, int wetDiapers,
        int dirtyDiapers, int diapers, Duration sleep, List<Entry> doses, List<DoseDue> dosesDue, List<Entry> notes) {

    public Handover {
        runningTimers = List.copyOf(runningTimers);
        doses = List.copyOf(doses);
        dosesDue = List.copyOf(dosesDue);
        notes = List.copyOf(notes);
    }

    /** The next dose of a medicine: not before {@code from} (its last dose plus its minimum interval). */
    public record DoseDue(String medicine, Instant lastGiven, Instant from) {
        public boolean isDue(Instant now) {
            return !now.isBefore(from);
        }
    }
}
