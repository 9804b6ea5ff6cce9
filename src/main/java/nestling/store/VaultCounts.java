package nestling.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How many live records of each kind a vault holds (tombstones not counted). */
public record VaultCounts(long babies, long caregivers, long entries, long timers) {

    public static VaultCounts of(Database database) {
        return database.read(c -> new VaultCounts(count(c, "baby"), count(c, "caregiver"), count(c, "entry"),
                count(c, "timer")));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE deleted = 0")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
