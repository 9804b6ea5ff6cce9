package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;

/**
 * One baby's dashboard: the loaded {@link DashboardData}, the clock's "now" (moved by
 * {@link #tick()}), and the one-click commands (quick logs, timers, undo). Every write runs on the
 * background worker, then the data reloads and the shell learns that something changed.
 */
public final class DashboardViewModel {
    private final UiContext context;
    private final Journal journal;
    private final DashboardLoader loader;
    private final Baby baby;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private final ReadOnlyObjectWrapper<Logged> logged = new ReadOnlyObjectWrapper<>(this, "logged");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param changed tells the other screens that data changed (the shell's {@code changed()}) */
    public DashboardViewModel(UiContext context, Journal journal, DashboardLoader loader, Baby baby, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.loader = loader;
        this.baby = Objects.requireNonNull(baby);
        this.changed = changed;
        now.set(context.clock().instant());
    }

    public Baby baby() {
        return baby;
    }

    /** Loads the dashboard again in the background. */
    public void reload() {
        Instant at = context.clock().instant();
        tasks().run(() -> loader.load(baby.meta().id(), at, context.clock().getZone()), loaded -> {
            data.set(loaded);
            now.set(context.clock().instant());
            Logged shown = logged.get();
            if (shown != null && !shown.stillNewest().getAsBoolean()) {
                logged.set(null); // undone meanwhile (Ctrl+Z, another screen): its Undo would take back something else
            }
        }, this::failed);
    }

    /** Moves "now" to the clock: the ticking times follow; a new day reloads the totals. */
    public void tick() {
        Instant instant = context.clock().instant();
        now.set(instant);
        DashboardData current = data.get();
        if (current != null && !current.day().equals(nestling.domain.LocalDays.dayOf(instant, context.clock().getZone()))) {
            reload();
        }
    }

    // What the cards show ---------------------------------------------------------------------

    /** Time since the last feed started; empty when none in the look-back window. */
    public Optional<Duration> sinceLastFeed() {
        DashboardData d = data.get();
        return d == null || d.lastFeed() == null ? Optional.empty() : Optional.of(since(d.lastFeed().start()));
    }

    public Optional<Duration> sinceLastDiaper() {
        DashboardData d = data.get();
        return d == null || d.lastDiaper() == null ? Optional.empty() : Optional.of(since(d.lastDiaper().start()));
    }

    /** The breast to offer next; LEFT when no breastfeed is known. */
    public Side nextSide() {
        DashboardData d = data.get();
        return d == null || d.nextSide() == null ? Side.LEFT : d.nextSide();
    }

    /** Asleep (a sleep timer runs) or awake, and for how long; empty when awake and no sleep is known. */
    public Optional<SleepState> sleepState() {
        DashboardData d = data.get();
        if (d == null) {
            return Optional.empty();
        }
        Optional<RunningTimer> sleeping = timer(TimerKind.SLEEP);
        if (sleeping.isPresent()) {
            return Optional.of(new SleepState(true, since(sleeping.get().startedAt())));
        }
        return d.lastSleep() == null ? Optional.empty()
                : Optional.of(new SleepState(false, since(d.lastSleep().endOrStart())));
    }

    /** The running timer of a kind, if one runs for this baby. */
    public Optional<RunningTimer> timer(TimerKind kind) {
        DashboardData d = data.get();
        return d == null ? Optional.empty() : d.timers().stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** A timer's running time so far (pauses excluded). */
    public Duration elapsed(RunningTimer timer) {
        Instant at = now.get();
        return timer.state().active(at.isBefore(timer.startedAt()) ? timer.startedAt() : at);
    }

    private Duration since(Instant instant) {
        Duration gap = Duration.between(instant, now.get());
        return gap.isNegative() ? Duration.ZERO : gap;
    }

    // Commands ------------------------------------------------------------------------------------

    public void logWetDiaper() {
        logEntry("today.logged.wet", new EntryData.Diaper(true, false, false, null, null, false, null));
    }

    public void logDirtyDiaper() {
        logEntry("today.logged.dirty", new EntryData.Diaper(false, true, false, null, null, false, null));
    }

    /** Logs a bottle of the last bottle's amount and content; nothing when no bottle is known yet. */
    public void logBottle() {
        DashboardData d = data.get();
        if (d == null || d.lastBottleMl() == null) {
            return;
        }
        logEntry("today.logged.bottle", new EntryData.Bottle(d.lastBottleContent(), d.lastBottleMl(), null));
    }

    public void startSleep() {
        startTimer("today.logged.sleepStarted", TimerKind.SLEEP, null);
    }

    public void startBreastfeeding() {
        startTimer("today.logged.breastStarted", TimerKind.BREASTFEEDING, nextSide());
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
        write(() -> {
            undo.run();
            return null;
        }, null);
    }

    public void dismissLogged() {
        logged.set(null);
    }

    public void dismissError() {
        error.set("");
    }

    private void logEntry(String what, EntryData entryData) {
        UUID id = baby.meta().id();
        write(() -> {
            Instant at = context.clock().instant();
            return journal.entries().log(id, at, null, entryData);
        }, entry -> loggedEntry(what, entry.start(), entry));
    }

    /** The bar for a logged entry: its Undo takes back that entry's logging and nothing else. */
    private Logged loggedEntry(String what, Instant at, nestling.domain.Entry entry) {
        UUID id = entry.meta().id();
        return new Logged(what, at, () -> journal.entries().undoIfNewest(id), () -> journal.entries().isNewest(id));
    }

    private void startTimer(String what, TimerKind kind, Side side) {
        UUID id = baby.meta().id();
        write(() -> journal.timers().start(id, kind, null, side),
                timer -> new Logged(what, timer.startedAt(), () -> journal.timers().discard(timer.meta().id())));
    }

    /** Runs {@code work} in the background; then shows what was logged (if {@code bar} says), reloads, tells the shell. */
    private <T> void write(BackgroundTasks.Work<T> work, java.util.function.Function<T, Logged> bar) {
        busy.set(true);
        error.set("");
        tasks().run(work, result -> {
            busy.set(false);
            if (bar != null) {
                logged.set(bar.apply(result));
            }
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Asleep or awake, and since how long. */
    public record SleepState(boolean asleep, Duration length) {
    }

}
