package nestling.ui.locked;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.InboxAction;
import nestling.journal.InboxAction.Op;
import nestling.journal.LockedInbox;
import nestling.store.LockScreenFile;
import nestling.store.LockScreenState;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;
import nestling.ui.common.UiContext;

/**
 * Logging from the lock screen: the babies, timers and last bottle of {@code nestling.lock-screen},
 * and the one-click logs, each sealed into the inbox on the background worker; the bar says
 * "logged" only once the record is on disk. Undo seals a record that cancels the last one. A timer
 * started or stopped here is written back to the lock-screen file, so a restart still shows it.
 */
public final class LockedLogViewModel {
    /** A repeat of the same log this soon (a double-click, a key held down) is taken for a slip. */
    static final Duration REPEAT_WINDOW = Duration.ofSeconds(2);
    private final UiContext context;
    private final Path directory;
    private final ReadOnlyObjectWrapper<LockScreenState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper logged = new ReadOnlyStringWrapper(this, "logged", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private LockedStep last;
    private String lastKey;
    private Instant lastAt;

    public LockedLogViewModel(UiContext context) {
        this.context = context;
        this.directory = context.vaultDirectory();
        now.set(context.clock().instant());
    }

    /** Reads the lock-screen file in the background; no file (the setting is off) shows nothing. */
    public void load() {
        context.tasks().run(() -> LockScreenFile.readState(directory), found -> state.set(found.orElse(null)),
                failure -> state.set(null)); // a damaged file: the passphrase still unlocks, and the unlock writes it again
    }

    /** Moves "now" to the clock: the timers' minutes follow. */
    public void tick() {
        now.set(context.clock().instant());
    }

    public void select(int index) {
        LockScreenState shown = state.get();
        if (shown != null && index >= 0 && index < shown.babies().size()) {
            selected.set(index);
        }
    }

    /** The baby the keys act on. */
    public Optional<LockedBaby> selectedBaby() {
        LockScreenState shown = state.get();
        return shown == null || shown.babies().isEmpty() ? Optional.empty()
                : Optional.of(shown.babies().get(Math.min(selected.get(), shown.babies().size() - 1)));
    }

    public void log(UUID babyId, LockedStep.Quick quick) {
        baby(babyId).filter(b -> !repeated(b, quick.name()))
                .flatMap(b -> LockedStep.entry(state.get(), b, quick, at(), offset())).ifPresent(this::write);
    }

    /** S: starts a sleep, or stops the running one. */
    public void toggleSleep(UUID babyId) {
        baby(babyId).filter(b -> !repeated(b, "SLEEP")).ifPresent(b -> timer(b, TimerKind.SLEEP).ifPresentOrElse(
                t -> write(LockedStep.change(state.get(), b, t, Op.STOP, at(), offset())),
                () -> write(LockedStep.start(state.get(), b, TimerKind.SLEEP, null, at(), offset()))));
    }

    /** F: starts a breastfeed on the next breast, or stops the running one. */
    public void toggleBreastfeeding(UUID babyId) {
        baby(babyId).filter(b -> !repeated(b, "BREAST")).ifPresent(b -> timer(b, TimerKind.BREASTFEEDING).ifPresentOrElse(
                t -> write(LockedStep.change(state.get(), b, t, Op.STOP, at(), offset())),
                () -> write(LockedStep.start(state.get(), b, TimerKind.BREASTFEEDING, nextSide(b), at(), offset()))));
    }

    /** L and R: start a breastfeed on {@code side}, or switch to it during one. */
    public void breastOn(UUID babyId, Side side) {
        baby(babyId).ifPresent(b -> timer(b, TimerKind.BREASTFEEDING).ifPresentOrElse(t -> {
            if (t.state().side() != side) {
                change(babyId, t, Op.SWITCH_SIDE);
            }
        }, () -> {
            if (!repeated(b, "BREAST")) {
                write(LockedStep.start(state.get(), b, TimerKind.BREASTFEEDING, side, at(), offset()));
            }
        }));
    }

    /** Switch side, pause, resume or stop a running timer. */
    public void change(UUID babyId, LockedTimer timer, Op op) {
        baby(babyId).ifPresent(b -> write(LockedStep.change(state.get(), b, timer, op, at(), offset())));
    }

    /** Takes the last log back: a record that cancels it, merged at unlock together with it. */
    public void undo() {
        LockedStep step = last;
        if (step == null || busy.get()) {
            return;
        }
        LockedStep undo = new LockedStep(step.undo(), null, state.get(), step.before(), "locked.logged.undone",
                step.babyName(), at());
        write(undo);
    }

    public Optional<LockedTimer> timer(LockedBaby baby, TimerKind kind) {
        return baby.timers().stream().filter(t -> t.kind() == kind).findFirst();
    }

    public static Side nextSide(LockedBaby baby) {
        return baby.nextSide() == null ? Side.LEFT : baby.nextSide();
    }

    private void write(LockedStep step) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        context.tasks().run(() -> {
            LockedInbox.log(directory, step.action()); // on disk when it returns
            if (!step.after().equals(step.before())) {
                LockScreenFile.write(directory, step.after());
            }
            return step;
        }, done -> {
            busy.set(false);
            state.set(done.after());
            last = done.undo() == null ? null : done;
            canUndo.set(last != null);
            logged.set(context.formats().message("today.logged.bar", context.text(done.what()), done.babyName(),
                    context.formats().time(done.at())));
        }, failure -> {
            busy.set(false);
            lastKey = null;
            error.set(context.text(failure instanceof LockedInbox.NoInboxKey ? "locked.noKey" : "locked.failed"));
        });
    }

    /** Whether the same log for the same baby was asked for less than {@link #REPEAT_WINDOW} ago. */
    private boolean repeated(LockedBaby baby, String what) {
        Instant at = context.clock().instant();
        String key = baby.id() + what;
        boolean repeat = key.equals(lastKey) && lastAt != null && !at.isBefore(lastAt)
                && Duration.between(lastAt, at).compareTo(REPEAT_WINDOW) < 0;
        if (!repeat) {
            lastKey = key;
            lastAt = at;
        }
        return repeat;
    }

    private Optional<LockedBaby> baby(UUID babyId) {
        LockScreenState shown = state.get();
        return busy.get() || shown == null ? Optional.empty()
                : shown.babies().stream().filter(b -> b.id().equals(babyId)).findFirst();
    }

    private Instant at() {
        return context.clock().instant();
    }

    private ZoneOffset offset() {
        return context.clock().getZone().getRules().getOffset(at());
    }

    public ReadOnlyObjectProperty<LockScreenState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Wet diaper logged for Ada at 03:12", once it is on disk; else empty. */
    public ReadOnlyStringProperty loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    UiContext context() {
        return context;
    }
}
