package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A write inside a write (a batch of log lines, each a use case of its own writes) is one commit:
 * a failing inner write undoes only itself, a failing outer one undoes everything, and the saver
 * hears of one commit, after the outer write ends.
 */
class NestedWriteTest {
    private static void note(Database database, String text) {
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t(x) VALUES ('" + text + "')");
            }
            return null;
        });
    }

    private static int rows(Database database) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    @Test
    void innerWritesJoinTheOuterTransactionAndAFailedOneUndoesOnlyItself() {
        try (Database database = Database.createEmpty()) {
            database.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE t(x TEXT)");
                }
                return null;
            });
            AtomicInteger commitsHeard = new AtomicInteger();
            database.onCommit(commitsHeard::incrementAndGet);
            long commits = database.commitCount();

            database.write(c -> {
                note(database, "kept");
                assertThrows(IllegalStateException.class, () -> database.write(inner -> {
                    note(database, "undone");
                    throw new IllegalStateException("refused");
                }));
                note(database, "kept too");
                assertEquals(0, commitsHeard.get(), "nothing is committed (or saved) inside the outer write");
                return null;
            });
            assertEquals(2, rows(database));
            assertEquals(commits + 1, database.commitCount(), "one commit for the whole outer write");
            assertEquals(1, commitsHeard.get());

            assertThrows(IllegalStateException.class, () -> database.write(c -> {
                note(database, "undone with its outer write");
                throw new IllegalStateException("refused");
            }));
            assertEquals(2, rows(database), "a failed outer write leaves nothing, its inner writes included");
            assertEquals(commits + 1, database.commitCount());
        }
    }
}
