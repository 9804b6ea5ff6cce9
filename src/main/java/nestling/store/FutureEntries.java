package nestling.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Live entries dated after a moment: what a clock set ahead leaves behind (an entry logged "now"
 * while the laptop said 2150). They are kept and backed up as they are; {@code nestling check}
 * counts them so a parent can edit their time or delete them.
 */
public final class FutureEntries {
    private FutureEntries() {
    }

    /**
     * The start of the earliest live entry that starts or ends after {@code after}, or empty when
     * there is none: where a parent begins looking for them (the History from that day).
     */
    public static java.util.Optional<Instant> earliestStart(Database database, Instant after) {
        long limit = after.toEpochMilli();
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT min(start_at) FROM entry WHERE deleted = 0 AND (start_at > ? OR end_at > ?)")) {
                query.setLong(1, limit);
                query.setLong(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    long first = rows.getLong(1);
                    return rows.wasNull() ? java.util.Optional.<Instant>empty()
                            : java.util.Optional.of(Instant.ofEpochMilli(first));
                }
            }
        });
    }

    /** How many live entries start or end after {@code after}. */
    public static long count(Database database, Instant after) {
        long limit = after.toEpochMilli();
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT count(*) FROM entry WHERE deleted = 0 AND (start_at > ? OR end_at > ?)")) {
                query.setLong(1, limit);
                query.setLong(2, limit);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
