package nestling.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.store.Database;

/**
 * Replaces everything in the family's database with a staged backup, in one transaction: every
 * synced table and the shared settings (this laptop's {@code backup.*} bookkeeping stays). Returns
 * how many records each key now holds.
 */
public final class BackupRestorer {
    private BackupRestorer() {
    }

    public static Map<String, Long> replace(Database live, StagedBackup backup) throws BackupException {
        Map<String, String> settings = backup.database().read(Settings::all);
        try {
            return backup.applyTo(live, c -> replaceLocked(c, settings, backup.info()));
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
    }

    private static Map<String, Long> replaceLocked(Connection c, Map<String, String> settings, BackupInfo info)
            throws SQLException {
        List<TableShape> shapes = BackupMerger.shapes(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableShape shape : shapes) {
            try (Statement statement = c.createStatement()) {
                boolean many = Rows.count(c, StagedBackup.table(shape)) + Rows.count(c, TableShape.quote(shape.storedTable()))
                        >= SecondaryIndexes.WORTH_IT_FROM_ROWS;
                SecondaryIndexes indexes = many ? SecondaryIndexes.setAside(c, shape.storedTable()) : null;
                shape.deleteAll(statement);
                // In SQL, not row by row through JDBC: the values arrive exactly as staged, in half the time.
                long n = shape.copyFromStaged(statement, "ORDER BY s.id");
                if (indexes != null) {
                    indexes.rebuild(c);
                }
                counts.put(shape.key(), n);
            }
        }
        try (Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM setting WHERE key NOT LIKE '" + BackupFormat.LOCAL_SETTING_PREFIX + "%'");
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Settings.put(c, setting.getKey(), setting.getValue());
        }
        counts.put(SyncedTables.SETTINGS_KEY, (long) settings.size());
        // The family now holds that laptop's state as of the backup: later merges from it start there.
        MergePoints.record(c, info.sourceVaultId(), info.createdAt().toEpochMilli());
        return counts;
    }
}
