package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import nestling.testsupport.HeapAllocation;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#writeWith}: a staged database is attached for one transaction, then gone; it is
 * attached as it is, never copied (issue 21: an import held the staged backup twice more).
 */
class AttachedCopyTest {
    @Test
    void rowsMoveInSqlAndTheAttachmentIsDetachedAfterwards() {
        try (Database other = shareable(); Database live = Database.createEmpty()) {
            other.write(c -> exec(c, "INSERT INTO setting(key, value) VALUES ('units.volume', 'oz')"));
            live.writeWith(other, "staged", c -> exec(c, "INSERT INTO setting SELECT * FROM staged.setting"));
            assertEquals("oz", live.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'units.volume'")));
            assertEquals(1L, (long) live.read(c -> count(c, "SELECT count(*) FROM pragma_database_list")), "only main is left");
            assertEquals("oz", other.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'units.volume'")));
        }
    }

    @Test
    void aFailedTransactionChangesNothingAndTheNameCanBeUsedAgain() {
        try (Database other = shareable(); Database live = Database.createEmpty()) {
            other.write(c -> exec(c, "INSERT INTO setting(key, value) VALUES ('a', '1')"));
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
    }

    /** The old way serialized the staged database onto the heap and SQLite copied it again. */
    @Test
    void theStagedDatabaseIsAttachedWithoutACopy() {
        try (Database other = shareable(); Database live = Database.createEmpty()) {
            other.write(c -> exec(c, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
                    + " INSERT INTO setting(key, value) SELECT 'k' || i, hex(randomblob(1000)) FROM n"));
            long imageBytes = other.image().bytes().length;
            assertTrue(imageBytes > 8_000_000, "the staged database is large: " + imageBytes);
            long before = HeapAllocation.ofThisThread();
            long seen = live.writeWith(other, "staged", c -> count(c, "SELECT count(*) FROM staged.setting"));
            long allocated = HeapAllocation.ofThisThread() - before;
            assertEquals(4000L, seen);
            assertTrue(allocated < imageBytes / 8, "attaching allocated " + allocated + " bytes for a "
                    + imageBytes + "-byte database");
            // the attachment was the staged database itself: what the transaction sees is what it holds
            live.writeWith(other, "staged", c -> exec(c, "DELETE FROM staged.setting WHERE key = 'k1'"));
            assertEquals(3999L, (long) other.read(c -> count(c, "SELECT count(*) FROM setting")));
        }
    }

    @Test
    void aSecondReaderSeesTheSamePagesAndClosingItKeepsThem() {
        try (Database staged = shareable()) {
            Database second = staged.secondReader();
            staged.write(c -> exec(c, "INSERT INTO setting(key, value) VALUES ('later', 'x')"));
            assertEquals("x", second.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'later'")));
            second.close();
            assertEquals("x", staged.read(c -> Database.single(c, "SELECT value FROM setting WHERE key = 'later'")));
        }
    }

    @Test
    void onlyAShareableDatabaseIsAttached() {
        try (Database other = Database.createEmpty(); Database live = Database.createEmpty()) {
            assertThrows(IllegalArgumentException.class, () -> live.writeWith(other, "staged", c -> null));
            assertThrows(IllegalStateException.class, other::secondReader);
        }
    }

    private static Database shareable() {
        return Database.createAtSchemaVersion(Database.latestSchemaVersion());
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
