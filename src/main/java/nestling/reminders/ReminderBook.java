package nestling.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nestling.journal.Journal;
import nestling.store.Database;

/**
 * The reminders of one unlocked vault on a clock: what stands now, snooze and dismiss. Every call
 * reads or writes the vault: run it on a background worker.
 */
public final class ReminderBook {
    /** What Snooze offers on a card. */
    public static final List<Duration> SNOOZES = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1));
    private final Journal journal;
    private final Database database;
    private final Clock clock;

    public ReminderBook(Journal journal, Database database, Clock clock) {
        this.journal = Objects.requireNonNull(journal);
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Every reminder with a due time, evaluated at the clock's now (see {@link Reminders#evaluate}). */
    public List<Reminder> now() {
        Instant now = clock.instant();
        return ReminderSnapshot.load(journal, database, now).at(now);
    }

    /** Quiet until {@code for} from now, unless the next event moves the due time first. */
    public void snooze(Reminder reminder, Duration length) {
        if (length.isNegative() || length.isZero() || length.compareTo(ReminderSettings.LONGEST) > 0) {
            throw new IllegalArgumentException("a snooze lasts between a minute and 48 hours");
        }
        ReminderMarks.snooze(database, reminder, clock.instant().plus(length));
    }

    /** Quiet until the next event (feed, diaper, dose, backup) moves the due time. */
    public void dismiss(Reminder reminder) {
        ReminderMarks.dismiss(database, reminder);
    }

    public ReminderSettings settings() {
        return ReminderSettings.load(database);
    }

    public void store(ReminderSettings settings) {
        settings.store(database);
    }
}
