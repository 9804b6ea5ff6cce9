package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's plain (non-unique) indexes, set aside while many rows are loaded into it and built
 * again afterwards with their own {@code CREATE INDEX} text: building an index from the finished
 * table is quicker than keeping it up to date row by row (200k entries: about a third of the
 * load). Unique indexes stay, so a row that breaks one still fails where it is inserted. Meant
 * for one transaction: if anything fails, the rollback brings the indexes back too.
 */
public final class SecondaryIndexes {
    /** Below this many rows, dropping and building indexes costs more than it saves. */
    public static final long WORTH_IT_FROM_ROWS = 5_000;

    private final List<String> creates;

    private SecondaryIndexes(List<String> creates) {
        this.creates = creates;
    }

    /** Drops the plain indexes of {@code table} (in the main schema; a compact view's stored table) and remembers how to make them. */
    public static SecondaryIndexes setAside(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA main.index_list(" + TableShape.quote(table) + ")")) {
            while (rows.next()) {
                if (rows.getInt("unique") == 0 && "c".equals(rows.getString("origin"))) {
                    names.add(rows.getString("name"));
                }
            }
        }
        List<String> creates = new ArrayList<>();
        for (String name : names) {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    creates.add(rows.getString(1));
                }
            }
            try (Statement drop = c.createStatement()) {
                drop.executeUpdate("DROP INDEX main." + TableShape.quote(name));
            }
        }
        return new SecondaryIndexes(creates);
    }

    /** Builds the indexes again, exactly as they were declared. */
    void rebuild(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String create : creates) {
                statement.executeUpdate(create);
            }
        }
    }
}
