package nestling.reminders;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nestling.store.Database;
import nestling.store.Settings;

/**
 * The parent's snoozes and dismissals, one {@code setting} row per reminder
 * ({@code backup.reminders.mark.<key>}), so they survive a restart and a lock. They are this laptop's
 * own (the {@code backup.} prefix keeps them out of backups and copies for family: a key names a baby
 * and a medicine, and a snooze here should not quiet the other parent's laptop). Each mark holds the due time
 * it was made for: when the next event moves the due time (a new feed, a new dose, a backup), the
 * mark no longer applies and is overwritten by the next one.
 */
public final class ReminderMarks {
    static final String PREFIX = "backup.reminders.mark.";
    private final Map<String, Mark> marks;

    /** A snooze (until a time) or a dismissal ({@code until} null), made for one due time. */
    public record Mark(Instant dueAt, Instant until) {
        boolean dismissal() {
            return until == null;
        }
    }

    ReminderMarks(Map<String, Mark> marks) {
        this.marks = Map.copyOf(marks);
    }

    public static ReminderMarks none() {
        return new ReminderMarks(Map.of());
    }

    /** Reads every mark; an unreadable row is skipped (the reminder then simply calls again). */
    public static ReminderMarks load(Database database) {
        return database.read(c -> {
            Map<String, Mark> found = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT key, value FROM setting WHERE key LIKE ?")) {
                query.setString(1, PREFIX + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1).substring(PREFIX.length());
                        parse(rows.getString(2)).ifPresent(mark -> found.put(key, mark));
                    }
                }
            }
            return new ReminderMarks(found);
        });
    }

    /** The mark made for this reminder's current due time, if any. */
    public Optional<Mark> of(String key, Instant dueAt) {
        return Optional.ofNullable(marks.get(key)).filter(mark -> mark.dueAt().equals(dueAt));
    }

    static void snooze(Database database, Reminder reminder, Instant until) {
        put(database, reminder, reminder.dueAt().toEpochMilli() + " " + until.toEpochMilli());
    }

    static void dismiss(Database database, Reminder reminder) {
        put(database, reminder, Long.toString(reminder.dueAt().toEpochMilli()));
    }

    private static void put(Database database, Reminder reminder, String value) {
        database.write(c -> {
            Settings.put(c, PREFIX + reminder.key(), value);
            return null;
        });
    }

    /** "dueMillis" (dismissed) or "dueMillis untilMillis" (snoozed). */
    private static Optional<Mark> parse(String value) {
        try {
            String[] parts = value.strip().split(" ");
            Instant due = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            return switch (parts.length) {
                case 1 -> Optional.of(new Mark(due, null));
                case 2 -> Optional.of(new Mark(due, Instant.ofEpochMilli(Long.parseLong(parts[1]))));
                default -> Optional.empty();
            };
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
