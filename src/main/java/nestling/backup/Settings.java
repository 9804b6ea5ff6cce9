package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The shared settings (key/value), without this laptop's own {@code backup.*} bookkeeping. */
final class Settings {
    private Settings() {
    }

    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT key, value FROM setting");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!rows.getString(1).startsWith(BackupFormat.LOCAL_SETTING_PREFIX)) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return settings;
    }

    static String get(Connection c, String key) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
