package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Whole rows of a synced table as value arrays in the shape's column order. */
final class Rows {
    private Rows() {
    }

    /** Something done with a staged row and this database's row of the same id (null when there is none). */
    @FunctionalInterface
    interface PairAction {
        void accept(Object[] incoming, Object[] mine) throws SQLException;
    }

    /**
     * The rows of {@code staged} (the same table in another schema, e.g. {@code "staged"."entry"})
     * that this database does not hold exactly, in id order, each with the local row of that id or
     * null (rows with no local version only {@code withNew}). "Exactly" means every column has the same storage type and the same value, so a row
     * left out is one {@link RowContent#same} would call the same too; the other way round is not
     * promised (JSON spelled differently, 1 and 1.0, 0.0 and -0.0 are returned for Java to judge).
     * One join in SQL: a merge of a mostly shared history touches only what differs.
     */
    static void differing(Connection c, TableShape shape, String staged, boolean withNew, PairAction action)
            throws SQLException {
        List<String> incoming = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        List<String> identical = new ArrayList<>();
        for (Column column : shape.columns()) {
            String name = TableShape.quote(column.sqlName());
            String s = "s." + name;
            String m = "m." + name;
            incoming.add(s);
            mine.add(m);
            identical.add("(" + s + " IS " + m + " AND typeof(" + s + ") = typeof(" + m + ") AND NOT (typeof(" + s
                    + ") = 'real' AND " + s + " = 0))");
        }
        String sql = "SELECT " + String.join(", ", incoming) + ", " + String.join(", ", mine)
                + " FROM " + staged + " AS s LEFT JOIN main." + TableShape.quote(shape.table()) + " AS m ON m.id = s.id"
                + " WHERE " + (withNew ? "m.id IS NULL OR " : "m.id IS NOT NULL AND ")
                + "NOT (" + String.join(" AND ", identical) + ") ORDER BY s.id";
        int n = shape.columns().size();
        int id = shape.columns().indexOf(shape.column("id").orElseThrow());
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Object[] theirs = new Object[n];
                for (int i = 0; i < n; i++) {
                    theirs[i] = rows.getObject(i + 1);
                }
                Object[] ours = null;
                if (rows.getObject(n + id + 1) != null) {
                    ours = new Object[n];
                    for (int i = 0; i < n; i++) {
                        ours[i] = rows.getObject(n + i + 1);
                    }
                }
                action.accept(theirs, ours);
            }
        }
    }

    /**
     * Copies the rows of the staged copy of {@code shape}'s table whose id this database lacks, in SQL, and returns how many
     * were {@code {live, tombstones}}. Many rows are loaded with the plain indexes set aside.
     */
    static long[] insertMissing(Connection c, TableShape shape) throws SQLException {
        // ids are looked up in the stored table: for a compact view, without joining its numbers
        String where = " WHERE NOT EXISTS (SELECT 1 FROM main." + TableShape.quote(shape.storedTable())
                + " AS m WHERE m.id = s.id)";
        String missing = " FROM " + StagedBackup.table(shape) + " AS s" + where;
        long[] counts = new long[2];
        try (Statement statement = c.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FILTER (WHERE s.deleted = 0), count(*) FILTER (WHERE s.deleted <> 0)" + missing)) {
                rows.next();
                counts[0] = rows.getLong(1);
                counts[1] = rows.getLong(2);
            }
            if (counts[0] + counts[1] == 0) {
                return counts;
            }
            SecondaryIndexes indexes = counts[0] + counts[1] >= SecondaryIndexes.WORTH_IT_FROM_ROWS
                    ? SecondaryIndexes.setAside(c, shape.storedTable()) : null;
            shape.copyFromStaged(statement, where + " ORDER BY s.id");
            if (indexes != null) {
                indexes.rebuild(c);
            }
        }
        return counts;
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
        }
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
