package nestling.reminders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nestling.journal.Journal;
import nestling.store.Database;

/**
 * Everything the reminders are evaluated from, read once (in the background); {@link #at} then
 * evaluates it for any moment without touching the vault, so a screen can tick it every second.
 */
public record ReminderSnapshot(ReminderSettings settings, ReminderFacts facts, ReminderMarks marks) {
    /** Every baby's reminders and the backup's. */
    public static ReminderSnapshot load(Journal journal, Database database, Instant now) {
        return new ReminderSnapshot(ReminderSettings.load(database), ReminderFacts.load(journal, database, now),
                ReminderMarks.load(database));
    }

    /** One baby's reminders and the backup's (a dashboard). */
    public static ReminderSnapshot load(Journal journal, Database database, UUID babyId, Instant now) {
        return load(database, ReminderFacts.load(database, List.of(ReminderFacts.of(journal, babyId, now))));
    }

    /** With facts read already (a dashboard reads them from its own entries). */
    public static ReminderSnapshot load(Database database, ReminderFacts facts) {
        return new ReminderSnapshot(ReminderSettings.load(database), facts, ReminderMarks.load(database));
    }

    /** See {@link Reminders#evaluate}. */
    public List<Reminder> at(Instant now) {
        return Reminders.evaluate(settings, facts, marks, now);
    }
}
