package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@link Database#writeWith}: another database's copy is there for one transaction, then gone. */
class AttachedCopyTest {
    @Test
    void rowsMoveInSqlAndTheCopyIsDetachedAfterwards() {
        Database other = Database.createEmpty();
        other.write(c -> exec(c, "INSERT INTO setting(key, value) VALUES ('units.volume', 'oz')"));
        Database live = Database.createEmpty();
        live.writeWith(other, "staged", c -> exec(c, "INSERT INTO setting SELECT * FROM staged.setting"));
        assertEquals("oz", live.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'units.volume'")));
        assertEquals(1L, (long) live.read(c -> count(c, "SELECT count(*) FROM pragma_database_list")), "only main is left");
        assertEquals("oz", other.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'units.volume'")));
    }

    @Test
    void aFailedTransactionChangesNothingAndTheNameCanBeUsedAgain() {
        Database other = Database.createEmpty();
        other.write(c -> exec(c, "INSERT INTO setting(key, value) VALUES ('a', '1')"));
        Database live = Database.createEmpty();
        long commits = live.commitCount();
        assertThrows(StoreException.class, () -> live.writeWith(other, "staged", c -> {
            exec(c, "INSERT INTO setting SELECT * FROM staged.setting");
            return exec(c, "INSERT INTO no_such_table VALUES (1)");
        }));
        assertEquals(0L, (long) live.read(c -> count(c, "SELECT count(*) FROM setting WHERE key = 'a'")));
        assertEquals(commits, live.commitCount());
        live.writeWith(other, "staged", c -> exec(c, "INSERT INTO setting SELECT * FROM staged.setting"));
        assertEquals(1L, (long) live.read(c -> count(c, "SELECT count(*) FROM setting WHERE key = 'a'")));
    }

    private static Void exec(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        return null;
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
