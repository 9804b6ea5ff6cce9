package nestling.reminders;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import nestling.store.Database;
import nestling.store.Settings;

/**
 * What the family chose for reminders, kept in the vault's {@code setting} table (under
 * {@code reminders.*}) so it follows their data into backups and onto the other laptop. An interval of
 * zero turns that reminder off; a warning threshold is how long after the due time the calm card turns
 * into a warning. The backup period itself is {@link nestling.backup.LastBackup}'s (set on the Backup
 * screen); only its warning threshold is here.
 *
 * @param sound a short system beep with a notification (off unless the family turns it on)
 */
public record ReminderSettings(boolean medicine, Duration medicineWarn, Duration feedEvery, FeedCountedFrom feedFrom,
        Duration feedWarn, Duration diaperEvery, Duration diaperWarn, int backupWarnDays, boolean sound) {
    static final String PREFIX = "reminders.";
    static final String MEDICINE = PREFIX + "medicine";
    static final String MEDICINE_WARN = PREFIX + "medicineWarnMinutes";
    static final String FEED_EVERY = PREFIX + "feedEveryMinutes";
    static final String FEED_FROM = PREFIX + "feedFrom";
    static final String FEED_WARN = PREFIX + "feedWarnMinutes";
    static final String DIAPER_EVERY = PREFIX + "diaperEveryMinutes";
    static final String DIAPER_WARN = PREFIX + "diaperWarnMinutes";
    static final String BACKUP_WARN = PREFIX + "backupWarnDays";
    static final String SOUND = PREFIX + "sound";
    /** The longest interval or threshold the settings accept (two days); longer is surely a slip. */
    public static final Duration LONGEST = Duration.ofDays(2);

    /** Medicine on, feed and diaper off until the family sets their interval, warnings 30 min late, no sound. */
    public static final ReminderSettings DEFAULTS = new ReminderSettings(true, Duration.ofMinutes(30), Duration.ZERO,
            FeedCountedFrom.START, Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(30), 7, false);

    public ReminderSettings {
        for (Duration d : new Duration[] {medicineWarn, feedEvery, feedWarn, diaperEvery, diaperWarn}) {
            if (d.isNegative() || d.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("a reminder interval or threshold is between 0 and 48 hours");
            }
        }
        if (backupWarnDays < 0 || backupWarnDays > 365) {
            throw new IllegalArgumentException("the backup warning comes 0 to 365 days after it is due");
        }
        java.util.Objects.requireNonNull(feedFrom);
    }

    /** Reads the stored choices; a missing or unreadable value keeps its default. */
    public static ReminderSettings load(Database database) {
        return database.read(ReminderSettings::read);
    }

    static ReminderSettings read(Connection c) throws SQLException {
        ReminderSettings d = DEFAULTS;
        return new ReminderSettings(
                Settings.get(c, MEDICINE).map(Boolean::parseBoolean).orElse(d.medicine()),
                minutes(c, MEDICINE_WARN, d.medicineWarn()),
                minutes(c, FEED_EVERY, d.feedEvery()),
                Settings.get(c, FEED_FROM).flatMap(ReminderSettings::from).orElse(d.feedFrom()),
                minutes(c, FEED_WARN, d.feedWarn()),
                minutes(c, DIAPER_EVERY, d.diaperEvery()),
                minutes(c, DIAPER_WARN, d.diaperWarn()),
                number(Settings.get(c, BACKUP_WARN)).filter(n -> n >= 0 && n <= 365).map(Long::intValue)
                        .orElse(d.backupWarnDays()),
                Settings.get(c, SOUND).map(Boolean::parseBoolean).orElse(d.sound()));
    }

    /** Stores every choice in one transaction. */
    public void store(Database database) {
        database.write(c -> {
            Settings.put(c, MEDICINE, Boolean.toString(medicine));
            Settings.put(c, MEDICINE_WARN, Long.toString(medicineWarn.toMinutes()));
            Settings.put(c, FEED_EVERY, Long.toString(feedEvery.toMinutes()));
            Settings.put(c, FEED_FROM, feedFrom.name());
            Settings.put(c, FEED_WARN, Long.toString(feedWarn.toMinutes()));
            Settings.put(c, DIAPER_EVERY, Long.toString(diaperEvery.toMinutes()));
            Settings.put(c, DIAPER_WARN, Long.toString(diaperWarn.toMinutes()));
            Settings.put(c, BACKUP_WARN, Integer.toString(backupWarnDays));
            Settings.put(c, SOUND, Boolean.toString(sound));
            return null;
        });
    }

    public ReminderSettings withFeed(Duration every, FeedCountedFrom from, Duration warn) {
        return new ReminderSettings(medicine, medicineWarn, every, from, warn, diaperEvery, diaperWarn, backupWarnDays,
                sound);
    }

    public ReminderSettings withDiaper(Duration every, Duration warn) {
        return new ReminderSettings(medicine, medicineWarn, feedEvery, feedFrom, feedWarn, every, warn, backupWarnDays,
                sound);
    }

    public ReminderSettings withMedicine(boolean on, Duration warn) {
        return new ReminderSettings(on, warn, feedEvery, feedFrom, feedWarn, diaperEvery, diaperWarn, backupWarnDays,
                sound);
    }

    public ReminderSettings withBackupWarnDays(int days) {
        return new ReminderSettings(medicine, medicineWarn, feedEvery, feedFrom, feedWarn, diaperEvery, diaperWarn, days,
                sound);
    }

    public ReminderSettings withSound(boolean on) {
        return new ReminderSettings(medicine, medicineWarn, feedEvery, feedFrom, feedWarn, diaperEvery, diaperWarn,
                backupWarnDays, on);
    }

    private static Duration minutes(Connection c, String key, Duration fallback) throws SQLException {
        return number(Settings.get(c, key)).filter(n -> n >= 0 && n <= LONGEST.toMinutes()).map(Duration::ofMinutes)
                .orElse(fallback);
    }

    private static Optional<Long> number(Optional<String> value) {
        try {
            return value.map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<FeedCountedFrom> from(String value) {
        try {
            return Optional.of(FeedCountedFrom.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
