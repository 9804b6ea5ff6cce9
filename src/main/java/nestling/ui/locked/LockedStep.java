package nestling.ui.locked;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import nestling.journal.InboxAction;
import nestling.journal.InboxAction.Op;
import nestling.store.LockScreenState;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;

/**
 * What one lock-screen action means, worked out before anything is written (no JavaFX, no I/O):
 * the record to seal, the record that takes it back (Undo), and the lock screen as it will show
 * afterwards. Ids are chosen here, so a merge run twice finds them.
 *
 * @param what the bundle key of what the bar says was done
 */
record LockedStep(InboxAction action, InboxAction.Cancel undo, LockScreenState before, LockScreenState after,
        String what, String babyName, Instant at) {

    /** A quick log of one diaper or a bottle of the last amount (empty when no bottle is known). */
    static Optional<LockedStep> entry(LockScreenState state, LockedBaby baby, Quick quick, Instant at, ZoneOffset offset) {
        EntryData data = switch (quick) {
            case WET -> new EntryData.Diaper(true, false, false, null, null, false, null);
            case DIRTY -> new EntryData.Diaper(false, true, false, null, null, false, null);
            case WET_DIRTY -> new EntryData.Diaper(true, true, false, null, null, false, null);
            case BOTTLE -> baby.bottleMl() == null ? null : new EntryData.Bottle(baby.bottleContent(), baby.bottleMl(), null);
        };
        if (data == null) {
            return Optional.empty();
        }
        UUID entryId = UUID.randomUUID();
        EntryType type = quick == Quick.BOTTLE ? EntryType.BOTTLE : EntryType.DIAPER;
        InboxAction action = new InboxAction.NewEntry(entryId, baby.id(), type, at, null, offset, at, by(state), data);
        return Optional.of(new LockedStep(action, new InboxAction.Cancel(entryId, null, null), state, state,
                quick.what(), baby.name(), at));
    }

    static LockedStep start(LockScreenState state, LockedBaby baby, TimerKind kind, Side side, Instant at,
            ZoneOffset offset) {
        UUID timerId = UUID.randomUUID();
        InboxAction action = new InboxAction.TimerAction(Op.START, timerId, at, offset, baby.id(), kind, side, null,
                by(state));
        LockedTimer timer = new LockedTimer(timerId, kind, at, TimerState.started(at, side));
        LockScreenState after = state.withBaby(baby.withTimers(timers -> {
            timers.add(timer);
            return timers;
        }));
        return new LockedStep(action, new InboxAction.Cancel(timerId, Op.START, at), state, after,
                kind == TimerKind.SLEEP ? "today.logged.sleepStarted" : "today.logged.breastStarted", baby.name(), at);
    }

    /** A switch, pause, resume or stop of {@code timer}. */
    static LockedStep change(LockScreenState state, LockedBaby baby, LockedTimer timer, Op op, Instant at,
            ZoneOffset offset) {
        Instant when = at.isBefore(timer.startedAt()) ? timer.startedAt() : at;
        InboxAction action = new InboxAction.TimerAction(op, timer.id(), when, offset, null, null, null,
                op == Op.STOP ? UUID.randomUUID() : null, null);
        LockScreenState after = state.withBaby(baby.withTimers(timers -> replaced(timers, timer, op, when)));
        String what = switch (op) {
            case SWITCH_SIDE -> "locked.logged.switched";
            case PAUSE -> "locked.logged.paused";
            case RESUME -> "locked.logged.resumed";
            case STOP -> timer.kind() == TimerKind.SLEEP ? "today.logged.sleep"
                    : timer.kind() == TimerKind.BREASTFEEDING ? "today.logged.breast" : "today.logged.timer";
            case START -> throw new IllegalArgumentException("a start is not a change");
        };
        return new LockedStep(action, new InboxAction.Cancel(timer.id(), op, when), state, after, what, baby.name(), when);
    }

    private static List<LockedTimer> replaced(List<LockedTimer> timers, LockedTimer timer, Op op, Instant at) {
        timers.removeIf(t -> t.id().equals(timer.id()));
        TimerState changed = switch (op) {
            case SWITCH_SIDE -> timer.state().side() == null ? timer.state() : timer.state().switchSide(at);
            case PAUSE -> timer.state().pause(at);
            case RESUME -> timer.state().resume(at);
            default -> null; // stopped: the timer goes
        };
        if (changed != null) {
            timers.add(new LockedTimer(timer.id(), timer.kind(), timer.startedAt(), changed));
            timers.sort(java.util.Comparator.comparing(LockedTimer::startedAt));
        }
        return timers;
    }

    /** The caregiver who was at the window when it locked: entries logged here are theirs. */
    private static String by(LockScreenState state) {
        return state.caregiver() == null ? null : state.caregiver().toString();
    }

    /** The one-click logs, with what the bar says. */
    enum Quick {
        WET("today.logged.wet"), DIRTY("today.logged.dirty"), WET_DIRTY("today.logged.wetDirty"),
        BOTTLE("today.logged.bottle");

        private final String what;

        Quick(String what) {
            this.what = what;
        }

        String what() {
            return what;
        }
    }
}
