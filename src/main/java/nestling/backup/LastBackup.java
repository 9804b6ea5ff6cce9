package nestling.backup;

import java.time.Instant;
import java.util.Optional;
import nestling.store.Database;

/** When this laptop last made a verified backup (for the dashboard's "last backup N days ago"). */
public final class LastBackup {
    static final String SETTING = "backup.lastVerifiedAt";

    private LastBackup() {
    }

    public static void record(Database database, Instant at) {
        database.write(c -> {
            Settings.put(c, SETTING, Long.toString(at.toEpochMilli()));
            return null;
        });
    }

    public static Optional<Instant> of(Database database) {
        String value = database.read(c -> Settings.get(c, SETTING));
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
