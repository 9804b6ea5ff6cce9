package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nestling.store.CompactView;

/**
 * A synced table as the database describes it ({@code PRAGMA table_info}): its backup key and its
 * columns in order. Every synced table has an {@code id} UUID, an {@code updated_at} and a
 * {@code deleted} tombstone; that is what merge relies on.
 */
record TableShape(String table, String key, List<Column> columns, java.util.Map<String, Integer> jsonIndex,
        CompactView compact) {

    TableShape(String table, String key, List<Column> columns, CompactView compact) {
        this(table, key, columns, indexByJsonName(columns), compact);
    }

    /** How the rows are stored when {@link #table} is a compact view ({@link CompactView}). */
    Optional<CompactView> compactView() {
        return Optional.ofNullable(compact);
    }

    /** The table that holds the rows and their indexes: a compact view's stored table, or the table itself. */
    String storedTable() {
        return compact == null ? table : compact.table();
    }

    private static java.util.Map<String, Integer> indexByJsonName(List<Column> columns) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).jsonName(), i);
        }
        return java.util.Map.copyOf(index);
    }

    /** The position of the column with this backup field name, or null. */
    Integer indexOfJsonName(String jsonName) {
        return jsonIndex.get(jsonName);
    }

    static TableShape read(Connection connection, String table, String key) throws SQLException {
        List<Column> columns = new ArrayList<>();
        // A view reports no NOT NULL; a compact view's stored table holds them (under its column names).
        Optional<CompactView> compact = CompactView.in(connection, table);
        java.util.Set<String> notNull = notNullColumns(connection, compact.map(CompactView::table).orElse(table));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rows.next()) {
                String name = rows.getString("name");
                String stored = compact.map(v -> v.storedColumn(name)).orElse(name);
                columns.add(Column.of(name, rows.getString("type"), notNull.contains(stored)));
            }
        }
        TableShape shape = new TableShape(table, key, List.copyOf(columns), compact.orElse(null));
        for (String required : List.of("id", "updated_at", "deleted")) {
            if (shape.column(required).isEmpty()) {
                throw new IllegalStateException("synced table " + table + " lacks the column " + required);
            }
        }
        return shape;
    }

    private static java.util.Set<String> notNullColumns(Connection connection, String table) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rows.next()) {
                if (rows.getInt("notnull") != 0) {
                    names.add(rows.getString("name"));
                }
            }
        }
        return names;
    }

    Optional<Column> column(String sqlName) {
        return columns.stream().filter(c -> c.sqlName().equals(sqlName)).findFirst();
    }

    Optional<Column> byJsonName(String jsonName) {
        return columns.stream().filter(c -> c.jsonName().equals(jsonName)).findFirst();
    }

    List<String> sqlNames() {
        return columns.stream().map(Column::sqlName).toList();
    }

    /**
     * Copies rows of this table's staged copy ({@link StagedBackup#SCHEMA}) into the main schema, in
     * SQL; {@code where} (on alias {@code s}) picks and orders them. A compact view is filled in its
     * stored form: its trigger would go row by row. Returns how many rows were copied.
     */
    long copyFromStaged(Statement statement, String where) throws SQLException {
        if (compact != null) {
            return compact.copyRows(statement, StagedBackup.SCHEMA, sqlNames(), where);
        }
        String columns = String.join(", ", columns().stream().map(c -> "s." + quote(c.sqlName())).toList());
        return statement.executeUpdate("INSERT INTO main." + quote(table) + " (" + columnList() + ") SELECT " + columns
                + " FROM " + StagedBackup.table(this) + " AS s " + where);
    }

    /** Deletes every row of this table in the main schema (a compact view's at once, not through its trigger). */
    void deleteAll(Statement statement) throws SQLException {
        if (compact != null) {
            compact.deleteAll(statement);
        } else {
            statement.executeUpdate("DELETE FROM main." + quote(table));
        }
    }

    String columnList() {
        return String.join(", ", columns.stream().map(c -> quote(c.sqlName())).toList());
    }

    String insertSql() {
        return "INSERT INTO " + quote(table) + " (" + columnList() + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    String replaceSql() {
        return insertSql().replaceFirst("INSERT", "INSERT OR REPLACE");
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
