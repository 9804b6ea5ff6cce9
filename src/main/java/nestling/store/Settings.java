package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code setting} key/value table: small preferences kept inside the vault (so they travel with
 * backups), e.g. {@link #CURRENT_CAREGIVER} and {@link #UNITS}.
 */
public final class Settings {
    /** Id (UUID text) of the caregiver new entries are recorded for. */
    public static final String CURRENT_CAREGIVER = "journal.current_caregiver";
    /** METRIC or IMPERIAL. */
    public static final String UNITS = "journal.units";
    /** The hour the family's day starts, as {@link nestling.domain.DayStart#text()} ("06:00"); midnight when absent. */
    public static final String DAY_START = "journal.day_start";

    private Settings() {
    }

    public static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The current caregiver's id, or null when none is chosen; an IllegalArgumentException when it is no UUID. */
    public static UUID currentCaregiver(Connection connection) throws SQLException {
        return get(connection, CURRENT_CAREGIVER).map(UUID::fromString).orElse(null);
    }

    /** The family's day start; midnight when none is stored or the stored text is not one (never fails a screen). */
    public static nestling.domain.DayStart dayStart(Connection connection) throws SQLException {
        try {
            return get(connection, DAY_START).map(nestling.domain.DayStart::parse)
                    .orElse(nestling.domain.DayStart.MIDNIGHT);
        } catch (IllegalArgumentException e) {
            return nestling.domain.DayStart.MIDNIGHT;
        }
    }

    public static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    public static void remove(Connection connection, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }
}
