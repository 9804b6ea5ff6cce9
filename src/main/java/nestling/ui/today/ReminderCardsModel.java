package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import nestling.reminders.ReminderSnapshot;
import nestling.reminders.Reminders;
import nestling.ui.common.BackgroundTasks;

/**
 * The reminder cards at the top of one dashboard: which reminders call at the dashboard's "now",
 * which of them get a card (at most three rows, {@link ShownReminders}, and whether the parent opened
 * the rest), when the cards must be drawn again, and Snooze and Dismiss. Both write through the dashboard, so
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
    private final ZoneId zone;
    /** The parent opened the cards folded behind "+N more"; folded again once few enough call. */
    private boolean expanded;
    /** Draws again every subscriber of {@link #whenChanged} (after "+N more" or "Show fewer"). */
    private final List<Runnable> draws = new ArrayList<>();

    /**
     * @param book the vault's reminder book at the context's clock
     * @param write runs a change in the background as the dashboard's other writes run
     * @param zone where the day changes (the texts say "yesterday 23:10" once it has)
     */
    ReminderCardsModel(ReadOnlyObjectProperty<DashboardData> data, ReadOnlyObjectProperty<Instant> now,
            ReadOnlyBooleanProperty busy, UUID babyId, boolean viewOnly, Supplier<ReminderBook> book,
            Consumer<BackgroundTasks.Work<?>> write, ZoneId zone) {
        this.data = data;
        this.now = now;
        this.busy = busy;
        this.babyId = Objects.requireNonNull(babyId);
        this.viewOnly = viewOnly;
        this.book = book;
        this.write = write;
        this.zone = Objects.requireNonNull(zone);
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
     * Hands {@code show} the cards to draw now and whenever they must be drawn again: each time the
     * data loads; on a tick only when which reminders call (or their state) changed, or the day did
     * (a card left up past midnight then says "yesterday 23:10"); and when the parent opens or folds
     * the cards beyond three ({@link #showAll}).
     */
    public void whenChanged(boolean withFamily, Consumer<ShownReminders> show) {
        // what show was last given: each tick moves "now", and the cards only change with a reminder's state
        AtomicReference<List<Reminder>> shown = new AtomicReference<>(List.of());
        Runnable draw = () -> {
            List<Reminder> calling = calling(withFamily);
            if (calling.size() <= ShownReminders.ROWS) {
                expanded = false; // the next time there are many, start folded again
            }
            shown.set(calling);
            show.accept(ShownReminders.of(calling, expanded));
        };
        draws.add(draw);
        data.subscribe(d -> draw.run());
        now.subscribe((was, at) -> {
            if (was == null || at == null || !calling(withFamily).equals(shown.get())
                    || !LocalDate.ofInstant(was, zone).equals(LocalDate.ofInstant(at, zone))) {
                draw.run();
            }
        });
    }

    /** "+N more" opens every card ({@code true}); "Show fewer" folds them to three rows again. */
    public void showAll(boolean all) {
        expanded = all;
        List.copyOf(draws).forEach(Runnable::run);
    }

    /** What the texts speak of ("2 h after the last diaper", a backup never made); the data must be loaded. */
    public ReminderSnapshot snapshot() {
        return data.get().reminders();
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
