package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Deleting an entry keeps a tombstone (id, updated_at, deleted) so a merge with another laptop
 * deletes it there too; while the session that deleted it is open, the content stays so Undo can
 * bring it back. When a vault is next unlocked that undo history is gone, so the content is dropped
 * for good: only the tombstone remains in the vault (older snapshots keep it until they age out).
 * updated_at is left alone, so a merge sees no new change.
 */
public final class Tombstones {
    static final String EMPTY_DATA = "{}";

    private Tombstones() {
    }

    /** Empties the content of deleted entries; returns how many were emptied now. */
    public static int dropContent(Connection connection) throws SQLException {
        try (PreparedStatement wipe = connection.prepareStatement(
                "UPDATE entry_stored SET data = ? WHERE deleted = 1 AND data <> ?")) {
            wipe.setString(1, EMPTY_DATA);
            wipe.setString(2, EMPTY_DATA);
            return wipe.executeUpdate();
        }
    }

    /** How many deleted entries still hold content (a read, so an unlock with none writes nothing). */
    static int countWithContent(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM entry_stored WHERE deleted = 1 AND data <> ?")) {
            count.setString(1, EMPTY_DATA);
            try (var rows = count.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }
}
