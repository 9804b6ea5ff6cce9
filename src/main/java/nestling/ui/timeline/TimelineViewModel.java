package nestling.ui.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
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
import nestling.domain.ValidationException;
import nestling.journal.EntryLog;
import nestling.ui.common.UiContext;

/**
 * The day timeline: which day of which baby, its loaded items, the selected item, the current time,
 * and moving an edge of a block (saved through {@link EntryLog#edit}, checked there, undoable).
 * Every query and write runs in the background; an answer for a day no longer shown is dropped.
 */
public final class TimelineViewModel {
    /** Which end of a block moves. */
    public enum Edge { START, END }

    /** Where a day without entries opens: 7 in the morning, in minutes. */
    static final double MORNING = 7 * 60;

    private final UiContext context;
    private final EntryLog log;
    private final ZoneId zone;
    private final Runnable changed;
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyObjectWrapper<TimelineDay> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyObjectWrapper<TimelineItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private long loads;
    /** A copy opened to look at: no edge moves, no undo. */
    private final boolean viewOnly;

    /** @param changed tells the other screens that data changed (the shell's {@code changed()}) */
    public TimelineViewModel(UiContext context, EntryLog log, Runnable changed) {
        this(context, log, changed, false);
    }

    /** @param viewOnly a copy opened to look at: the day shows, nothing on it moves */
    public TimelineViewModel(UiContext context, EntryLog log, Runnable changed, boolean viewOnly) {
        this.viewOnly = viewOnly;
        this.context = context;
        this.log = Objects.requireNonNull(log);
        this.zone = context.clock().getZone();
        this.changed = changed;
        date.set(LocalDate.now(context.clock()));
        baby.subscribe(b -> reload());
    }

    public void previousDay() {
        show(date.get().minusDays(1));
    }

    public void nextDay() {
        show(date.get().plusDays(1));
    }

    public void today() {
        show(LocalDate.now(context.clock()));
    }

    public void show(LocalDate newDate) {
        date.set(Objects.requireNonNull(newDate));
        selected.set(null);
        reload();
    }

    /** Loads the shown day again (after a change elsewhere). */
    public void reload() {
        long load = ++loads;
        Baby current = baby.get();
        LocalDate wanted = date.get();
        busy.set(true);
        context.tasks().run(() -> TimelineDay.load(log, current == null ? null : current.meta().id(), wanted, zone),
                loaded -> {
                    if (load == loads) {
                        busy.set(false);
                        day.set(loaded);
                        reselect(loaded);
                    }
                }, failure -> {
                    if (load == loads) {
                        busy.set(false);
                        message.set(context.text("timeline.loadFailed"));
                    }
                });
    }

    private void reselect(TimelineDay loaded) {
        TimelineItem was = selected.get();
        selected.set(was == null ? null : loaded.items().stream()
                .filter(i -> i.entry().id().equals(was.entry().id())).findFirst().orElse(null));
    }

    public void select(TimelineItem item) {
        selected.set(item);
        message.set("");
    }

    /**
     * Selects the item after the selected one in time (the first when none is), or before it with
     * {@code step} -1; stays put at either end of the day.
     */
    public void selectNext(int step) {
        TimelineDay shown = day.get();
        if (shown == null || shown.items().isEmpty()) {
            return;
        }
        java.util.List<TimelineItem> items = shown.items();
        TimelineItem was = selected.get();
        int at = was == null ? -1 : items.indexOf(was);
        int next = at < 0 ? (step > 0 ? 0 : items.size() - 1) : Math.clamp(at + step, 0, items.size() - 1);
        select(items.get(next));
    }

    /**
     * Where the shown day opens, in minutes since its start: today at the current time, another day
     * at its first entry that began on it (a night that began the evening before is not the day's
     * first thing), else at its first entry, else in the morning.
     */
    public double openingMinute() {
        TimelineDay shown = day.get();
        if (shown == null) {
            return MORNING;
        }
        double now = nowMinute();
        if (now >= 0) {
            return now;
        }
        return shown.items().stream().filter(i -> !i.startsBefore()).mapToDouble(TimelineItem::startMinute).min()
                .orElse(shown.items().isEmpty() ? MORNING : shown.items().getFirst().startMinute());
    }

    /**
     * Moves one edge of a block to {@code minute} (minutes since the shown day's start, rounded to
     * the minute). Refused changes (end before start, overlap, in the future …) keep the old times
     * and say why.
     */
    public void moveEdge(TimelineItem item, Edge edge, double minute) {
        TimelineDay shown = day.get();
        if (shown == null || !item.block()) {
            return;
        }
        Entry entry = item.entry();
        Instant at = shown.at(minute);
        Instant start = edge == Edge.START ? at : entry.start();
        Instant end = edge == Edge.END ? at : entry.end();
        if (start.equals(entry.start()) && Objects.equals(end, entry.end())) {
            return;
        }
        Entry edited = entry.withTimes(start, end, zone.getRules().getOffset(start));
        write(() -> log.edit(edited));
    }

    /** Moves an edge by {@code minutes} (keyboard: a few minutes per key press). */
    public void nudgeEdge(TimelineItem item, Edge edge, int minutes) {
        double from = edge == Edge.START ? TimelineDay.minutes(day.get().start(), item.entry().start())
                : TimelineDay.minutes(day.get().start(), item.entry().end());
        moveEdge(item, edge, from + minutes);
    }

    public void undo() {
        write(() -> log.undo().orElse(null));
    }

    /** True for a copy opened to look at: the view offers no handles and no undo. */
    public boolean viewOnly() {
        return viewOnly;
    }

    private void write(nestling.ui.common.BackgroundTasks.Work<Entry> work) {
        if (viewOnly) {
            return;
        }
        busy.set(true);
        message.set("");
        // the undo history is read on the worker too, never beside a write
        context.tasks().run(() -> {
            work.call();
            return log.canUndo();
        }, undoable -> {
            canUndo.set(undoable);
            changed.run();
            reload();
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof ValidationException refused ? nestling.ui.common.ReasonTexts.joined(context.bundle(), refused)
                    : context.text("timeline.saveFailed"));
            reload();
        });
    }

    /** Minutes since the shown day's start of the clock's now, or -1 when now is not on that day. */
    public double nowMinute() {
        TimelineDay shown = day.get();
        Instant now = context.clock().instant();
        if (shown == null || now.isBefore(shown.start()) || !now.isBefore(shown.start().plusSeconds(shown.minutes() * 60L))) {
            return -1;
        }
        return TimelineDay.minutes(shown.start(), now);
    }

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineDay> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
