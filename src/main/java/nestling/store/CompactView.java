package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A synced table kept in a compact form behind a view of its own name (V5__compact_entries.sql):
 * its UUID columns that repeat a handful of values (the baby, the caregiver) are stored as small
 * local numbers, with each UUID stored once in {@value #NUMBERS}. The view shows the rows as they
 * always were, and accepts INSERT, UPDATE and DELETE through triggers; this class is the fast path
 * for code that writes many rows at once (a restore, a merge) or needs the stored table's index.
 *
 * @param view the name every reader uses, e.g. {@code entry}
 * @param table the table the rows are stored in
 * @param numbered view column → stored column holding its number
 */
public record CompactView(String view, String table, Map<String, String> numbered) {
    /** UUID ↔ local number; the numbers never leave the database. */
    public static final String NUMBERS = "ref_number";
    public static final CompactView ENTRY = new CompactView("entry", "entry_stored",
            Map.of("baby_id", "baby_number", "created_by", "created_by_number"));
    private static final List<CompactView> ALL = List.of(ENTRY);

    /**
     * The compact form of {@code name} if this database keeps it so: a database at an older schema
     * version (a backup being staged before its migrations) still has a plain table.
     */
    public static Optional<CompactView> in(Connection connection, String name) throws SQLException {
        Optional<CompactView> known = ALL.stream().filter(v -> v.view.equals(name)).findFirst();
        if (known.isEmpty()) {
            return known;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM main.sqlite_master WHERE type = 'view' AND name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? known : Optional.empty();
            }
        }
    }

    /** Whether {@code table} only stores a view's rows (it is not a record type of its own). */
    public static boolean isStorage(String table) {
        return table.equals(NUMBERS) || ALL.stream().anyMatch(v -> v.table.equals(table));
    }

    /** The stored column behind a view column (most keep their name). */
    public String storedColumn(String viewColumn) {
        return numbered.getOrDefault(viewColumn, viewColumn);
    }

    /**
     * Copies rows of the same view in {@code sourceSchema} into this database's stored table, in
     * SQL: {@code INSERT INTO main.<table> SELECT … FROM <sourceSchema>.<view> AS s <where>}, with
     * the source's UUIDs numbered here first. The source must have this compact form too (a staged
     * backup is made by the same migrations). Returns the number of rows copied.
     */
    public long copyRows(Statement statement, String sourceSchema, List<String> viewColumns, String where)
            throws SQLException {
        statement.executeUpdate("INSERT INTO main." + NUMBERS + " (uuid) SELECT uuid FROM " + quote(sourceSchema) + "."
                + NUMBERS + " WHERE uuid NOT IN (SELECT uuid FROM main." + NUMBERS + ")");
        List<String> stored = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String column : viewColumns) {
            stored.add(quote(storedColumn(column)));
            String value = "s." + quote(column);
            values.add(numbered.containsKey(column)
                    ? "(SELECT number FROM main." + NUMBERS + " WHERE uuid = " + value + ")" : value);
        }
        return statement.executeUpdate("INSERT INTO main." + quote(table) + " (" + String.join(", ", stored) + ") SELECT "
                + String.join(", ", values) + " FROM " + quote(sourceSchema) + "." + quote(view) + " AS s " + where);
    }

    /**
     * {@code INSERT INTO <table>} with one parameter per view column, in the view's order: a
     * numbered column takes its UUID's local number ({@link Numbering#number}), the others their
     * value. Row by row without the view's trigger, for loading many rows from outside.
     */
    public String insertSql(List<String> viewColumns) {
        List<String> stored = viewColumns.stream().map(c -> quote(storedColumn(c))).toList();
        return "INSERT INTO " + quote(table) + " (" + String.join(", ", stored) + ") VALUES ("
                + String.join(", ", stored.stream().map(c -> "?").toList()) + ")";
    }

    /** Whether this view column is stored as a number. */
    public boolean isNumbered(String viewColumn) {
        return numbered.containsKey(viewColumn);
    }

    /** Numbers UUIDs on {@code connection} for many inserts, remembering the ones it has seen. */
    public static Numbering numbering(Connection connection) {
        return new Numbering(connection);
    }

    /** UUID → local number for one connection (inside one transaction), with the few seen kept at hand. */
    public static final class Numbering {
        private final Connection connection;
        private final Map<java.nio.ByteBuffer, Long> known = new java.util.HashMap<>();

        private Numbering(Connection connection) {
            this.connection = connection;
        }

        /** The number of this 16-byte UUID, numbering it now if the database has none for it. */
        public long number(byte[] uuid) throws SQLException {
            java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(uuid.clone());
            Long number = known.get(key);
            if (number == null) {
                number = CompactView.number(connection, Rows.uuid(uuid));
                known.put(key, number);
            }
            return number;
        }
    }

    /** Deletes every row of the view in the main schema at once (the view's trigger would go row by row). */
    public void deleteAll(Statement statement) throws SQLException {
        statement.executeUpdate("DELETE FROM main." + quote(table));
    }

    /** The local number of {@code uuid}, numbering it now if it has none; null for null. */
    static Long number(Connection connection, UUID uuid) throws SQLException {
        if (uuid == null) {
            return null;
        }
        byte[] bytes = Rows.bytes(uuid);
        try (PreparedStatement find = connection.prepareStatement("SELECT number FROM " + NUMBERS + " WHERE uuid = ?")) {
            find.setBytes(1, bytes);
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        try (PreparedStatement add = connection.prepareStatement("INSERT INTO " + NUMBERS + " (uuid) VALUES (?)")) {
            add.setBytes(1, bytes);
            add.executeUpdate();
        }
        return Long.valueOf(Database.single(connection, "SELECT last_insert_rowid()"));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
