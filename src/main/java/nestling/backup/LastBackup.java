package nestling.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nestling.store.Database;

/**
 * When this laptop last made a verified backup, and whether the dashboard should remind: after a
 * period the user sets (default 7 days), or at once when there has never been a backup. Both live
 * in this laptop's own {@code backup.*} settings (they describe this laptop, so never travel).
 */
public final class LastBackup {
    static final String SETTING = "backup.lastVerifiedAt";
    static final String REMINDER_DAYS = "backup.reminderDays";
    public static final int DEFAULT_REMINDER_DAYS = 7;

    private LastBackup() {
    }

    /** Call after a backup the parent made (not after a safety copy, which stays on this disk). */
    public static void record(Database database, Instant at) {
        database.write(c -> {
            Settings.put(c, SETTING, Long.toString(at.toEpochMilli()));
            return null;
        });
    }

    public static Optional<Instant> of(Database database) {
        return Optional.ofNullable(number(database, SETTING)).map(Instant::ofEpochMilli);
    }

    public static void setReminderDays(Database database, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the reminder period is at least one day");
        }
        database.write(c -> {
            Settings.put(c, REMINDER_DAYS, Integer.toString(days));
            return null;
        });
    }

    public static int reminderDays(Database database) {
        Long days = number(database, REMINDER_DAYS);
        return days == null || days < 1 ? DEFAULT_REMINDER_DAYS : days.intValue();
    }

    /** True when the dashboard should remind the parent to make a backup. */
    public static boolean reminderDue(Database database, Instant now) {
        Optional<Instant> last = of(database);
        return last.isEmpty() || Duration.between(last.get(), now).toDays() >= reminderDays(database);
    }

    private static Long number(Database database, String key) {
        String value = database.read(c -> Settings.get(c, key));
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
