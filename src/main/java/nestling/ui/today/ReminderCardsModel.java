package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderBook;
import nestling.reminders.ReminderSettings;
import nestling.reminders.Reminders;
import nestling.ui.common.BackgroundTasks;

/**
 * The reminder cards at the top of one dashboard: which reminders call at the dashboard's "now",
 * when the cards must be drawn again, and Snooze and Dismiss. Both write through the dashboard, so
 * its busy state, error banner, reload and the shell's "changed" apply to them as to any log.
 */
public final class ReminderCardsModel {
    private final ReadOnlyObjectProperty<DashboardData> data;
    private final ReadOnlyObjectProperty<Instant> now;
    private final ReadOnlyBooleanProperty busy;
    private final UUID babyId;
    private final boolean viewOnly;
    private final Supplier<ReminderBook> book;
    private final Consumer<BackgroundTasks.Work<?>> write;

    /**
     * @param book the vault's reminder book at the context's clock
     * @param write runs a change in the background as the dashboard's other writes run
     */
    ReminderCardsModel(ReadOnlyObjectProperty<DashboardData> data, ReadOnlyObjectProperty<Instant> now,
            ReadOnlyBooleanProperty busy, UUID babyId, boolean viewOnly, Supplier<ReminderBook> book,
            Consumer<BackgroundTasks.Work<?>> write) {
        this.data = data;
        this.now = now;
        this.busy = busy;
        this.babyId = Objects.requireNonNull(babyId);
        this.viewOnly = viewOnly;
        this.book = book;
        this.write = write;
    }

    /**
     * The reminders that call at "now" (due or overdue; warnings first): this baby's, and the
     * family's backup reminder when {@code withFamily} (the first dashboard only, so twins show it once).
     * None for a copy opened to look at.
     */
    public List<Reminder> calling(boolean withFamily) {
        DashboardData d = data.get();
        if (d == null || d.reminders() == null || viewOnly) {
            return List.of();
        }
        return Reminders.calling(d.reminders().at(now.get())).stream()
                .filter(r -> babyId.equals(r.babyId()) || withFamily && r.babyId() == null).toList();
    }

    /**
     * Hands {@code show} the calling reminders now and whenever the cards must be drawn again:
     * each time the data loads, and on a tick only when which reminders call (or their state) changed.
     */
    public void whenChanged(boolean withFamily, Consumer<List<Reminder>> show) {
        // what show was last given: each tick moves "now", and the cards only change with a reminder's state
        AtomicReference<List<Reminder>> shown = new AtomicReference<>(List.of());
        Runnable draw = () -> {
            shown.set(calling(withFamily));
            show.accept(shown.get());
        };
        data.subscribe(d -> draw.run());
        now.subscribe((was, at) -> {
            if (was == null || at == null || !calling(withFamily).equals(shown.get())) {
                draw.run();
            }
        });
    }

    /** The reminder settings the texts speak of ("2 h after the last diaper"); the data must be loaded. */
    public ReminderSettings settings() {
        return data.get().reminders().settings();
    }

    /** The dashboard's "now", which the texts count from. */
    public Instant now() {
        return now.get();
    }

    /** True while a write runs: Snooze and Dismiss wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Quiet for {@code length}, unless the next event moves the due time first; kept in the vault. */
    public void snooze(Reminder reminder, Duration length) {
        write.accept(() -> {
            book.get().snooze(reminder, length);
            return null;
        });
    }

    /** Quiet until the next event (a feed, diaper, dose or backup) moves the due time; kept in the vault. */
    public void dismiss(Reminder reminder) {
        write.accept(() -> {
            book.get().dismiss(reminder);
            return null;
        });
    }
}
