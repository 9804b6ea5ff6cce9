package nestling.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nestling.store.Database;

/**
 * When this laptop last made a verified backup, and whether the dashboard should remind: after a
 * period the user sets (default 7 days), or, when there has never been a backup, once the vault's
 * data has been in it for that period ({@link #neverMadeDueAt}). Both live in this laptop's own
 * {@code backup.*} settings (they describe this laptop, so never travel).
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
        if (last.isEmpty()) {
            return reminderDue(null, neverMadeDueAt(database).orElse(null), DEFAULT_REMINDER_DAYS, now);
        }
        return reminderDue(last.get(), null, reminderDays(database), now);
    }

    /**
     * The same rule on values read already: after {@code reminderDays} since {@code last}, or, when
     * there has never been a backup ({@code last} null), from {@code neverMadeDueAt} on (never while null).
     */
    public static boolean reminderDue(Instant last, Instant neverMadeDueAt, int reminderDays, Instant now) {
        if (last == null) {
            return neverMadeDueAt != null && !now.isBefore(neverMadeDueAt);
        }
        return Duration.between(last, now).toDays() >= reminderDays;
    }

    /**
     * When a backup never made comes due: one reminder period (default 7 days) after the vault's
     * oldest entry was written; empty while it holds none. Not on day one: a new vault holds nothing
     * a parent would miss, and a card asking for a backup before the first feed is logged teaches
     * them to dismiss it. A week of their own entries is worth saving. The count starts when the
     * entry was written ({@code created_at}), not at the time it is about: entries typed in for last
     * month on the first evening, or imported from another app (whose export file still holds them),
     * do not make it due at once.
     */
    public static Optional<Instant> neverMadeDueAt(Database database) {
        Long first = database.read(c -> {
            try (var query = c.prepareStatement("SELECT MIN(created_at) FROM entry WHERE deleted = 0");
                    var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        });
        return Optional.ofNullable(first).map(ms -> Instant.ofEpochMilli(ms).plus(Duration.ofDays(reminderDays(database))));
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
