package nestling.backup;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.app.BuildInfo;
import nestling.store.Database;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the whole database as backup JSON, row by row (a large vault is never held as a tree).
 * Header keys come first so a reader can stream too; records are ordered by id so two exports of
 * the same data are byte-identical but for {@code createdAt}.
 */
final class BackupWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BackupWriter() {
    }

    /** Writes everything to {@code out} and returns how many records (tombstones included) each key holds. */
    static Map<String, Long> write(Database database, Instant createdAt, String vaultId, OutputStream out)
            throws BackupException {
        return write(database, createdAt, vaultId, BackupScope.EVERYTHING, out);
    }

    /** As above, only the records {@code scope} keeps (a copy for family says so in its {@code source}). */
    static Map<String, Long> write(Database database, Instant createdAt, String vaultId, BackupScope scope,
            OutputStream out) throws BackupException {
        try {
            return database.read(c -> {
                try {
                    return writeLocked(c, createdAt, vaultId, scope, out);
                } catch (BackupException e) {
                    throw new WrappedBackupException(e);
                }
            });
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
    }

    private static Map<String, Long> writeLocked(Connection c, Instant createdAt, String vaultId, BackupScope scope,
            OutputStream out) throws SQLException, BackupException {
        List<TableShape> shapes = SyncedTables.shapes(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableShape shape : shapes) {
            counts.put(shape.key(), count(c, shape.table(), scope.condition(shape.table())));
        }
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", BackupFormat.FORMAT);
            g.writeNumberProperty("formatVersion", BackupFormat.FORMAT_VERSION);
            g.writeNumberProperty("schemaVersion", schemaVersion(c));
            g.writeStringProperty("createdAt", createdAt.toString());
            g.writeName("app");
            g.writeStartObject();
            g.writeStringProperty("name", "Nestling");
            g.writeStringProperty("version", BuildInfo.version());
            g.writeEndObject();
            g.writeName("source");
            g.writeStartObject();
            g.writeStringProperty("vaultId", vaultId);
            if (!scope.everything()) {
                writeScope(scope, g);
            }
            g.writeEndObject();
            g.writeName("counts");
            g.writeStartObject();
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                g.writeNumberProperty(count.getKey(), count.getValue());
            }
            g.writeEndObject();
            for (TableShape shape : shapes) {
                writeTable(c, shape, scope.condition(shape.table()), g);
            }
            writeSettings(c, g);
            g.writeEndObject();
        }
        return counts;
    }

    /**
     * What a copy for family covers, inside {@code source} (whose other keys every reader skips, so
     * any Nestling still reads the file): the baby's id when only one, and the range of entry times.
     */
    private static void writeScope(BackupScope scope, JsonGenerator g) {
        g.writeName("copy");
        g.writeStartObject();
        if (scope.babyId() != null) {
            g.writeStringProperty("babyId", scope.babyId().toString());
        }
        if (scope.from() != null) {
            g.writeStringProperty("from", scope.from().toString());
        }
        if (scope.until() != null) {
            g.writeStringProperty("until", scope.until().toString());
        }
        g.writeEndObject();
    }

    private static void writeTable(Connection c, TableShape shape, BackupScope.Condition condition, JsonGenerator g)
            throws SQLException {
        g.writeName(shape.key());
        g.writeStartArray();
        try (PreparedStatement statement = c.prepareStatement("SELECT " + shape.columnList() + " FROM "
                + TableShape.quote(shape.table()) + " WHERE " + condition.sql() + " ORDER BY id")) {
            condition.bind(statement);
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                g.writeStartObject();
                List<Column> columns = shape.columns();
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    g.writeName(column.jsonName());
                    Values.write(g, column, rows, i + 1);
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeSettings(Connection c, JsonGenerator g) throws SQLException {
        g.writeName(SyncedTables.SETTINGS_KEY);
        g.writeStartObject();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            while (rows.next()) {
                String key = rows.getString(1);
                if (!key.startsWith(BackupFormat.LOCAL_SETTING_PREFIX)) {
                    g.writeStringProperty(key, rows.getString(2));
                }
            }
        }
        g.writeEndObject();
    }

    private static long count(Connection c, String table, BackupScope.Condition condition) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT count(*) FROM " + TableShape.quote(table)
                + " WHERE " + condition.sql())) {
            condition.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static int schemaVersion(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
