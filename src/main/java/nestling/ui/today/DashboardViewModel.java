package nestling.ui.today;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.today.QuickRepeats.Quick;
import nestling.ui.common.SaveWait;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;

/**
 * One baby's dashboard: the loaded {@link DashboardData}, the clock's "now" (moved by
 * {@link #tick()}), and the one-click commands (quick logs, timers, undo). Every write runs on the
 * background worker, then the data reloads and the shell learns that something changed.
 *
 * <p>A quick log repeated within {@link QuickRepeats#REPEAT_WINDOW} is ignored and the bar says so
 * ({@link QuickRepeats}). What the cards read from the data is {@link DashboardReadings}'; the
 * reminder cards have their own model ({@link ReminderCardsModel}).
 */
public final class DashboardViewModel {
    private final UiContext context;
    private final Journal journal;
    private final DashboardLoader loader;
    private final Baby baby;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    /** What the cards show, read from {@link #data} at {@link #now}. */
    private final DashboardReadings readings = new DashboardReadings(data.getReadOnlyProperty(), now);
    private final ReadOnlyObjectWrapper<Logged> logged = new ReadOnlyObjectWrapper<>(this, "logged");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty current = new SimpleBooleanProperty(this, "current", true);
    private final boolean readOnly;
    private final boolean viewOnly;
    private final SaveWait saveWait;
    /** The bar's log is not on disk (yet): a read-only folder, or a save that failed and is retried. */
    private final ReadOnlyBooleanWrapper notSaved = new ReadOnlyBooleanWrapper(this, "notSaved");
    /** Ignores a quick log repeated within {@link QuickRepeats#REPEAT_WINDOW} and says so. */
    private final QuickRepeats repeats;
    private final ReminderCardsModel reminderCards;

    /** @param changed tells the other screens that data changed (the shell's {@code changed()}) */
    public DashboardViewModel(UiContext context, Journal journal, DashboardLoader loader, Baby baby, Runnable changed) {
        this(context, journal, loader, baby, changed, false, SaveWait.NONE);
    }

    /**
     * @param readOnly the vault's folder cannot be written: what the bar says was logged is not saved
     * @param saveWait returns once what was written is on disk: the bar says "logged" only then
     */
    public DashboardViewModel(UiContext context, Journal journal, DashboardLoader loader, Baby baby, Runnable changed,
            boolean readOnly, SaveWait saveWait) {
        this(context, journal, loader, baby, changed, readOnly, false, saveWait);
    }

    /** @param viewOnly a copy opened to look at: the dashboard shows the day, and offers nothing to log or stop */
    public DashboardViewModel(UiContext context, Journal journal, DashboardLoader loader, Baby baby, Runnable changed,
            boolean readOnly, boolean viewOnly, SaveWait saveWait) {
        this.viewOnly = viewOnly;
        this.readOnly = readOnly;
        this.saveWait = Objects.requireNonNull(saveWait);
        this.context = context;
        this.journal = journal;
        this.loader = loader;
        this.baby = Objects.requireNonNull(baby);
        this.changed = changed;
        this.repeats = new QuickRepeats(context, baby.name());
        this.reminderCards = new ReminderCardsModel(data.getReadOnlyProperty(), now, busy.getReadOnlyProperty(),
                baby.meta().id(), viewOnly, () -> loader.reminderBook(context.clock()), work -> write(work, null),
                context.clock().getZone());
        now.set(context.clock().instant());
    }

    public Baby baby() {
        return baby;
    }

    /** What the cards show: times since, the next breast, a fever, asleep or awake, the timers. */
    public DashboardReadings readings() {
        return readings;
    }

    /** The reminders that call now, with Snooze and Dismiss (the cards at the top). */
    public ReminderCardsModel reminderCards() {
        return reminderCards;
    }

    /** True for a copy opened to look at: no quick logs, no timer buttons. */
    public boolean viewOnly() {
        return viewOnly;
    }

    /** True when nothing logged here is saved (the vault's folder is read-only): the bar says "not saved". */
    public boolean readOnly() {
        return readOnly;
    }

    /** True while the bar's log is not on disk: read-only, or its save failed (and is retried). */
    public ReadOnlyBooleanProperty notSavedProperty() {
        return notSaved.getReadOnlyProperty();
    }

    /** Loads the dashboard again in the background. */
    public void reload() {
        Instant at = context.clock().instant();
        tasks().run(() -> loader.load(baby, at, context.clock().getZone()), this::show, this::failed);
    }

    /** Shows data loaded for this baby: by {@link #reload()}, or read with the unlock ({@link nestling.ui.shell.ShellStart}). */
    public void show(DashboardData loaded) {
        data.set(loaded);
        now.set(context.clock().instant());
        Logged shown = logged.get();
        if (shown != null && !shown.stillNewest().getAsBoolean()) {
            logged.set(null); // undone meanwhile (Ctrl+Z, another screen): its Undo would take back something else
        }
    }

    /** Moves "now" to the clock: the ticking times follow; a new day reloads the totals. */
    public void tick() {
        Instant instant = context.clock().instant();
        now.set(instant);
        DashboardData current = data.get();
        // Outside the family's day shown (past their day-start hour, or a clock set back): load the other day.
        if (current != null && (instant.isBefore(current.totals().start()) || !instant.isBefore(current.totals().end()))) {
            reload();
        }
    }

    // Commands ------------------------------------------------------------------------------------

    public void logWetDiaper() {
        logEntry(Quick.WET, new EntryData.Diaper(true, false, false, null, null, false, null));
    }

    public void logDirtyDiaper() {
        logEntry(Quick.DIRTY, new EntryData.Diaper(false, true, false, null, null, false, null));
    }

    /** One diaper that is wet and dirty (not two entries). */
    public void logWetAndDirtyDiaper() {
        logEntry(Quick.WET_DIRTY, new EntryData.Diaper(true, true, false, null, null, false, null));
    }

    /** Logs a bottle of the last bottle's amount and content; nothing when no bottle is known yet. */
    public void logBottle() {
        DashboardData d = data.get();
        if (d == null || d.lastBottleMl() == null) {
            return;
        }
        logEntry(Quick.BOTTLE, new EntryData.Bottle(d.lastBottleContent(), d.lastBottleMl(), null));
    }

    public void startSleep() {
        if (!repeats.repeated(Quick.SLEEP)) {
            startTimer(Quick.SLEEP, TimerKind.SLEEP, null);
        }
    }

    /** Starts a breastfeed on the suggested breast. */
    public void startBreastfeeding() {
        startBreastfeeding(readings.nextSide());
    }

    /** Starts a breastfeed on {@code side}, whichever is suggested. */
    public void startBreastfeeding(Side side) {
        if (!repeats.repeated(Quick.BREAST)) {
            startTimer(Quick.BREAST, TimerKind.BREASTFEEDING, side);
        }
    }

    /**
     * The S key: starts sleep, or stops the running sleep (not within {@link QuickRepeats#REPEAT_WINDOW}
     * of the start).
     */
    public void toggleSleep() {
        if (!repeats.repeated(Quick.SLEEP)) {
            readings.timer(TimerKind.SLEEP).ifPresentOrElse(this::stop,
                    () -> startTimer(Quick.SLEEP, TimerKind.SLEEP, null));
        }
    }

    /** The F key: starts a breastfeed on the suggested breast, or stops the running one. */
    public void toggleBreastfeeding() {
        if (!repeats.repeated(Quick.BREAST)) {
            readings.timer(TimerKind.BREASTFEEDING).ifPresentOrElse(this::stop,
                    () -> startTimer(Quick.BREAST, TimerKind.BREASTFEEDING, readings.nextSide()));
        }
    }

    /** The L and R keys: start a breastfeed on {@code side}, or switch to it during one. */
    public void breastOn(Side side) {
        Optional<RunningTimer> feed = readings.timer(TimerKind.BREASTFEEDING);
        if (feed.isEmpty()) {
            startBreastfeeding(side);
        } else if (feed.get().state().side() != side && !busy.get()) { // busy: the switch before has not shown yet
            switchSide(feed.get());
        }
    }

    public void switchSide(RunningTimer timer) {
        write(() -> journal.timers().switchSide(timer.meta().id()), null);
    }

    public void pause(RunningTimer timer) {
        write(() -> journal.timers().pause(timer.meta().id()), null);
    }

    public void resume(RunningTimer timer) {
        write(() -> journal.timers().resume(timer.meta().id()), null);
    }

    /** Stops the timer; its entry is logged and can be undone from the bar. */
    public void stop(RunningTimer timer) {
        String what = timer.kind() == TimerKind.SLEEP ? "today.logged.sleep"
                : timer.kind() == TimerKind.BREASTFEEDING ? "today.logged.breast" : "today.logged.timer";
        write(() -> journal.timers().stop(timer.meta().id()),
                entry -> loggedEntry(what, context.clock().instant(), entry));
    }

    /** Takes back the action in the bar, or else the journal's newest change (Ctrl+Z). */
    public void undo() {
        Logged last = logged.get();
        Logged.Undo undo = last != null ? last.undo() : () -> journal.entries().undo();
        logged.set(null);
        repeats.clearNotice();
        repeats.forget(); // what was taken back may be logged again at once
        write(() -> {
            undo.run();
            return null;
        }, null);
    }

    public void dismissLogged() {
        logged.set(null);
        repeats.clearNotice();
    }

    public void dismissError() {
        error.set("");
    }

    private void logEntry(Quick quick, EntryData entryData) {
        if (repeats.repeated(quick)) {
            return;
        }
        UUID id = baby.meta().id();
        write(() -> {
            Instant at = context.clock().instant();
            return journal.entries().log(id, at, null, entryData);
        }, entry -> loggedEntry(quick.what(), entry.start(), entry));
    }

    /** The bar for a logged entry: its Undo takes back that entry's logging and nothing else. */
    private Logged loggedEntry(String what, Instant at, Entry entry) {
        UUID id = entry.meta().id();
        return new Logged(what, baby.name(), at, () -> journal.entries().undoIfNewest(id),
                () -> journal.entries().isNewest(id));
    }

    private void startTimer(Quick quick, TimerKind kind, Side side) {
        UUID id = baby.meta().id();
        write(() -> journal.timers().start(id, kind, null, side), timer -> new Logged(quick.what(), baby.name(),
                timer.startedAt(), () -> journal.timers().discard(timer.meta().id())));
    }

    /**
     * Runs {@code work} in the background and waits for the vault file to hold it; then shows what
     * was logged (if {@code bar} says), reloads, tells the shell. "Logged" is said only once it is
     * on disk; a save that fails leaves the entry in memory (the saver retries, the top bar says
     * why), and the bar says it is not saved yet.
     */
    private <T> void write(BackgroundTasks.Work<T> work, java.util.function.Function<T, Logged> bar) {
        busy.set(true);
        error.set("");
        tasks().run(() -> {
            T result = work.call();
            return new Written<>(result, !readOnly && saveWait.onDisk());
        }, written -> {
            busy.set(false);
            if (bar != null) {
                notSaved.set(!written.saved());
                logged.set(bar.apply(written.result()));
            }
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            repeats.forget(); // nothing was logged: trying again at once is no repeat
            failed(failure);
        });
    }

    private record Written<T>(T result, boolean saved) {
    }

    private void failed(Throwable failure) {
        error.set(failure instanceof ValidationException refused
                ? context.formats().message("today.refused", nestling.ui.common.ReasonTexts.joined(context.bundle(), refused))
                : failure instanceof nestling.journal.NotFoundException ? context.text("today.gone")
                : context.text("today.failed"));
    }

    private BackgroundTasks tasks() {
        return context.tasks();
    }

    // Properties ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    public ReadOnlyObjectProperty<Logged> loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Already logged 1 s ago: wet diaper for Ada" after an ignored repeat; else empty. */
    public ReadOnlyStringProperty repeatNoticeProperty() {
        return repeats.noticeProperty();
    }

    /** Whether this is the current baby's dashboard, where the quick-log keys act (set by Today). */
    public BooleanProperty currentProperty() {
        return current;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }


}
