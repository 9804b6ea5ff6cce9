package nestling.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nestling.domain.ActivityKind;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Meta;
import nestling.domain.Problems;
import nestling.domain.Reason;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import nestling.store.ActivityTypeRepository;
import nestling.store.BabyRepository;
import nestling.store.Database;
import nestling.store.TimerRepository;

/**
 * One-click timers. Every click (start, switch side, pause, resume) is written to the {@code timer}
 * table at once, so a restart or a crash finds the timer where it was; stopping turns it into an
 * entry and tombstones the timer in the same transaction.
 */
public final class Timers {
    private final Database database;
    private final Clock clock;
    private final EntryLog entries;

    public Timers(Database database, Clock clock, EntryLog entries) {
        this.database = database;
        this.clock = clock;
        this.entries = entries;
    }

    /** Starts a timer; {@code firstSide} only for breastfeeding, {@code activityTypeId} only for custom. */
    public RunningTimer start(UUID babyId, TimerKind kind, UUID activityTypeId, Side firstSide) {
        Instant now = clock.instant();
        return database.write(c -> startIn(c, UUID.randomUUID(), babyId, kind, activityTypeId, firstSide, now,
                clock.getZone().getRules().getOffset(now), Family.currentCaregiverId(c)));
    }

    /**
     * Replays a timer start made while the vault was locked, with its own id, time and offset; false
     * when that timer is already known (merged before). Checked like a start made now.
     */
    public boolean startMerged(UUID timerId, UUID babyId, TimerKind kind, UUID activityTypeId, Side firstSide,
            Instant at, java.time.ZoneOffset offset, UUID by) {
        return database.write(c -> startMerged(c, timerId, babyId, kind, activityTypeId, firstSide, at, offset, by));
    }

    boolean startMerged(Connection c, UUID timerId, UUID babyId, TimerKind kind, UUID activityTypeId, Side firstSide,
            Instant at, java.time.ZoneOffset offset, UUID by) throws SQLException {
        if (TimerRepository.isKnown(c, timerId)) {
            return false;
        }
        startIn(c, timerId, babyId, kind, activityTypeId, firstSide, at, offset,
                by != null ? by : Family.currentCaregiverId(c));
        return true;
    }

    private RunningTimer startIn(Connection c, UUID timerId, UUID babyId, TimerKind kind, UUID activityTypeId,
            Side firstSide, Instant now, java.time.ZoneOffset offset, UUID by) throws SQLException {
        {
            Problems problems = new Problems();
            if (BabyRepository.find(c, babyId).filter(b -> !b.meta().deleted()).isEmpty()) {
                problems.add("baby", Reason.BABY_UNKNOWN);
            }
            if (kind == TimerKind.CUSTOM && (activityTypeId == null
                    || ActivityTypeRepository.find(c, activityTypeId).filter(t -> !t.meta().deleted()).isEmpty())) {
                problems.add("kind", Reason.ACTIVITY_OWN_MISSING);
            }
            problems.throwIfAny();
            Side side = kind == TimerKind.BREASTFEEDING ? (firstSide == null ? Side.LEFT : firstSide) : null;
            RunningTimer timer = new RunningTimer(new Meta(timerId, now, now, by, false), babyId, kind,
                    kind == TimerKind.CUSTOM ? activityTypeId : null, now, offset, TimerState.started(now, side));
            boolean alreadyRunning = TimerRepository.running(c, babyId).stream()
                    .anyMatch(t -> t.kindKey().equals(timer.kindKey()));
            if (alreadyRunning) {
                new Problems().add("kind", Reason.TIMER_ALREADY_RUNNING, kind).throwIfAny();
            }
            TimerRepository.save(c, timer);
            return timer;
        }
    }

    public RunningTimer switchSide(UUID timerId) {
        return change(timerId, (state, now) -> state.switchSide(now));
    }

    public RunningTimer pause(UUID timerId) {
        return change(timerId, (state, now) -> state.pause(now));
    }

    public RunningTimer resume(UUID timerId) {
        return change(timerId, (state, now) -> state.resume(now));
    }

    /** Stops the timer and logs its entry with the fields a timer knows. */
    public Entry stop(UUID timerId) {
        return stop(timerId, UnaryOperator.identity());
    }

    /**
     * Stops the timer and logs its entry; {@code complete} may fill in what the timer cannot know
     * (pumped amounts, sleep place). If the entry is refused (say it overlaps), the timer keeps running.
     */
    public Entry stop(UUID timerId, UnaryOperator<EntryData> complete) {
        Instant now = clock.instant();
        Entry entry = database.write(c -> stopIn(c, timerId, UUID.randomUUID(), now, complete));
        entries.recordLogged(entry);
        return entry;
    }

    /**
     * Replays a stop made while the vault was locked: the entry gets the id and end time chosen
     * then. False when that entry is already there (merged before); a timer no longer running is
     * refused with {@link NotFoundException}.
     */
    public boolean stopMerged(UUID timerId, UUID entryId, Instant at) {
        return database.write(c -> stopMerged(c, timerId, entryId, at));
    }

    boolean stopMerged(Connection c, UUID timerId, UUID entryId, Instant at) throws SQLException {
        if (nestling.store.EntryRepository.find(c, entryId).isPresent()) {
            return false;
        }
        stopIn(c, timerId, entryId, at, UnaryOperator.identity());
        return true;
    }

    /**
     * Replays a switch, pause or resume made while locked at {@code at}. False when the timer was
     * already changed at or after that moment, or has stopped since (merged before), so a second merge
     * changes nothing.
     */
    public boolean changeMerged(UUID timerId, TimerChange change, Instant at) {
        return database.write(c -> changeMerged(c, timerId, change, at));
    }

    boolean changeMerged(Connection c, UUID timerId, TimerChange change, Instant at) throws SQLException {
        {
            if (TimerRepository.find(c, timerId).isEmpty() && TimerRepository.isKnown(c, timerId)) {
                return false; // stopped since (a merge run again after the stop): nothing left to change
            }
            RunningTimer timer = running(c, timerId);
            if (!timer.meta().updatedAt().isBefore(at)) {
                return false;
            }
            TimerState state = switch (change) {
                case SWITCH_SIDE -> timer.state().switchSide(at);
                case PAUSE -> timer.state().pause(at);
                case RESUME -> timer.state().resume(at);
            };
            TimerRepository.save(c, timer.withState(state, at));
            return true;
        }
    }

    /** The changes a running timer takes besides stopping. */
    public enum TimerChange { SWITCH_SIDE, PAUSE, RESUME }

    private Entry stopIn(Connection c, UUID timerId, UUID entryId, Instant now, UnaryOperator<EntryData> complete)
            throws SQLException {
        RunningTimer timer = running(c, timerId);
        TimerState totals = timer.state().closedAt(now);
        EntryData data = complete.apply(dataOf(timer, totals));
        Entry logged = entries.insert(c, entryId, timer.babyId(), timer.startedAt(), now, timer.offset(), data,
                timer.meta().createdBy(), now);
        TimerRepository.save(c, tombstone(timer, now));
        return logged;
    }

    /** Throws a timer away without logging anything. */
    public void discard(UUID timerId) {
        Instant now = clock.instant();
        database.write(c -> {
            TimerRepository.save(c, tombstone(running(c, timerId), now));
            return null;
        });
    }

    /** Running timers of a baby, or of every baby when {@code babyId} is null. */
    public List<RunningTimer> running(UUID babyId) {
        return database.read(c -> TimerRepository.running(c, babyId));
    }

    private static EntryData dataOf(RunningTimer timer, TimerState totals) {
        return switch (timer.kind()) {
            case BREASTFEEDING -> new EntryData.Breastfeeding(totals.leftMs() / 1000, totals.rightMs() / 1000,
                    totals.side(), totals.sideSwitches(), totals.pausedMs() / 1000, null);
            case SLEEP -> new EntryData.Sleep(SleepKind.suggestedFor(timer.startedAt().atOffset(timer.offset())
                    .toLocalTime()), null, null);
            case PUMPING -> new EntryData.Pumping(null, null, null);
            case TUMMY_TIME -> new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null);
            case CUSTOM -> new EntryData.Activity(ActivityKind.CUSTOM, timer.activityTypeId(), null, null);
        };
    }

    private interface StateChange {
        TimerState apply(TimerState state, Instant now);
    }

    private RunningTimer change(UUID timerId, StateChange change) {
        Instant now = clock.instant();
        return database.write(c -> {
            RunningTimer timer = running(c, timerId);
            RunningTimer changed = timer.withState(change.apply(timer.state(), now), now);
            TimerRepository.save(c, changed);
            return changed;
        });
    }

    private static RunningTimer tombstone(RunningTimer timer, Instant now) {
        return new RunningTimer(timer.meta().withDeleted(true, now), timer.babyId(), timer.kind(),
                timer.activityTypeId(), timer.startedAt(), timer.offset(), timer.state());
    }

    private static RunningTimer running(Connection c, UUID timerId) throws SQLException {
        return TimerRepository.find(c, timerId)
                .orElseThrow(() -> new NotFoundException("That timer is no longer running."));
    }
}
