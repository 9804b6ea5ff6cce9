package nestling.backup;

import java.sql.Connection;
import java.sql.SQLException;
import nestling.store.Database;

/**
 * This laptop's identity for backups and, per other laptop (source vault id), the {@code createdAt}
 * of the last backup merged from it: a record changed on both sides after that point is a conflict.
 * Kept in {@code setting} under {@code backup.*}, which never travels in a backup.
 */
final class MergePoints {
    static final long NEVER = Long.MIN_VALUE;

    private MergePoints() {
    }

    static long lastMerge(Connection c, String sourceVaultId) throws SQLException {
        if (sourceVaultId == null) {
            return NEVER;
        }
        String value = Settings.get(c, BackupFormat.MERGE_POINT_PREFIX + sourceVaultId);
        try {
            return value == null ? NEVER : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return NEVER;
        }
    }

    static void record(Connection c, String sourceVaultId, long createdAtMillis) throws SQLException {
        if (sourceVaultId == null) {
            return;
        }
        long previous = lastMerge(c, sourceVaultId);
        if (createdAtMillis > previous) {
            Settings.put(c, BackupFormat.MERGE_POINT_PREFIX + sourceVaultId, Long.toString(createdAtMillis));
        }
    }

    /** This vault's id, created on first use (one small write). */
    static String vaultId(Database database) {
        String existing = database.read(c -> Settings.get(c, BackupFormat.VAULT_ID_SETTING));
        if (existing != null) {
            return existing;
        }
        return database.write(c -> {
            String again = Settings.get(c, BackupFormat.VAULT_ID_SETTING);
            if (again != null) {
                return again;
            }
            String id = Ids.toText(Ids.random());
            Settings.put(c, BackupFormat.VAULT_ID_SETTING, id);
            return id;
        });
    }
}
