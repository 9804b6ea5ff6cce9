package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.store.CompactView;

/**
 * Which tables a backup carries, under which key. The list is explicit on purpose: a migration that
 * adds a table must decide how it is backed up, so {@link #shapes} refuses a database holding a
 * table this list does not name (and a test fails the build first). Columns are not listed: they
 * are read from the database, so new columns travel without changes here.
 */
final class SyncedTables {
    /** Table → backup key, in an order where referenced records come before those referring to them. */
    static final Map<String, String> KEYS;
    /** The key/value table; carried as one object, without per-record timestamps. */
    static final String SETTING_TABLE = "setting";
    static final String SETTINGS_KEY = "settings";

    static {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("caregiver", "caregivers");
        keys.put("baby", "babies");
        keys.put("activity_type", "activityTypes");
        keys.put("entry", "entries");
        keys.put("timer", "timers");
        keys.put("remembered_name", "rememberedNames");
        KEYS = java.util.Collections.unmodifiableMap(keys);
    }

    private SyncedTables() {
    }

    /** The synced tables of {@code connection}'s schema, or an error naming a table nobody mapped. */
    static List<TableShape> shapes(Connection connection) throws SQLException, BackupException {
        List<String> present = tableNames(connection);
        for (String table : present) {
            if (!KEYS.containsKey(table) && !table.equals(SETTING_TABLE)) {
                throw new BackupException(BackupProblem.TABLE_NOT_COVERED, "table " + table);
            }
        }
        List<TableShape> shapes = new ArrayList<>();
        for (Map.Entry<String, String> entry : KEYS.entrySet()) {
            if (present.contains(entry.getKey())) {
                shapes.add(TableShape.read(connection, entry.getKey(), entry.getValue()));
            }
        }
        return shapes;
    }

    static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                // a compact view's stored table and the UUID numbers are its rows' storage, not records
                if (!CompactView.isStorage(rows.getString(1))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
