package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's UNIQUE indexes among live records (by convention {@code … WHERE deleted = 0}, e.g.
 * one running timer of a kind per baby). Two laptops can each create such a record under a
 * different id; merging then keeps one, deterministically (the earlier {@code created_at}, then the
 * smaller id), and turns the other into a tombstone stamped {@code max(updatedAt) + 1}, so both
 * laptops reach the same state whoever merges first.
 */
final class LiveUniqueness {
    private final TableShape shape;
    private final List<List<Integer>> keys;

    private LiveUniqueness(TableShape shape, List<List<Integer>> keys) {
        this.shape = shape;
        this.keys = keys;
    }

    static LiveUniqueness of(Connection c, TableShape shape) throws SQLException {
        List<List<Integer>> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA index_list(" + TableShape.quote(shape.table()) + ")")) {
            while (rows.next()) {
                if (rows.getInt("unique") == 1 && "c".equals(rows.getString("origin"))) {
                    indexes.add(rows.getString("name"));
                }
            }
        }
        for (String index : indexes) {
            List<Integer> columns = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("PRAGMA index_info(" + TableShape.quote(index) + ")")) {
                while (rows.next()) {
                    columns.add(shape.columns().indexOf(shape.column(rows.getString("name")).orElseThrow()));
                }
            }
            keys.add(columns);
        }
        return new LiveUniqueness(shape, keys);
    }

    /** A live local record, other than {@code incoming}'s id, that holds the same unique key, or null. */
    Object[] rival(Connection c, Object[] incoming, int deletedIndex, int idIndex) throws SQLException {
        if (Rows.number(incoming[deletedIndex]) != 0) {
            return null;
        }
        for (List<Integer> key : keys) {
            StringBuilder sql = new StringBuilder("SELECT " + shape.columnList() + " FROM " + TableShape.quote(shape.table())
                    + " WHERE deleted = 0 AND id <> ?");
            for (int column : key) {
                sql.append(" AND ").append(TableShape.quote(shape.columns().get(column).sqlName())).append(" IS ?");
            }
            try (PreparedStatement query = c.prepareStatement(sql.toString())) {
                query.setObject(1, incoming[idIndex]);
                for (int i = 0; i < key.size(); i++) {
                    query.setObject(i + 2, incoming[key.get(i)]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Object[] row = new Object[shape.columns().size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rows.getObject(i + 1);
                        }
                        return row;
                    }
                }
            }
        }
        return null;
    }

    boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** True when {@code a} is the one to keep of two live rivals. */
    static boolean keeps(TableShape shape, Object[] a, Object[] b, int idIndex) {
        int created = shape.column("created_at").map(col -> shape.columns().indexOf(col)).orElse(-1);
        if (created >= 0) {
            int byTime = Long.compare(Rows.number(a[created]), Rows.number(b[created]));
            if (byTime != 0) {
                return byTime < 0;
            }
        }
        return Ids.toText((byte[]) a[idIndex]).compareTo(Ids.toText((byte[]) b[idIndex])) < 0;
    }

    /** {@code loser} as a tombstone stamped one millisecond after the later of the two. */
    static Object[] tombstone(Object[] loser, Object[] winner, int deletedIndex, int updatedIndex) {
        Object[] copy = loser.clone();
        copy[deletedIndex] = 1L;
        copy[updatedIndex] = Math.max(Rows.number(loser[updatedIndex]), Rows.number(winner[updatedIndex])) + 1;
        return copy;
    }
}
