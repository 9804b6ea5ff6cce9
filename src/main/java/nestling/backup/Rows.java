package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Whole rows of a synced table as value arrays in the shape's column order, keyed by id text. */
final class Rows {
    private Rows() {
    }

    static Map<String, Object[]> byId(Connection c, TableShape shape) throws SQLException {
        Map<String, Object[]> rows = new HashMap<>();
        int id = shape.columns().indexOf(shape.column("id").orElseThrow());
        forEach(c, shape, row -> rows.put(Ids.toText((byte[]) row[id]), row));
        return rows;
    }

    /** Something done with each row; may itself write with JDBC. */
    @FunctionalInterface
    interface RowAction {
        void accept(Object[] row) throws SQLException;
    }

    static void forEach(Connection c, TableShape shape, RowAction action) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + shape.columnList() + " FROM "
                        + TableShape.quote(shape.table()) + " ORDER BY id")) {
            int n = shape.columns().size();
            while (rows.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                action.accept(row);
            }
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
