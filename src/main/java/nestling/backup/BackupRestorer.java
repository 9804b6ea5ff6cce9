package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
        try {
            return live.write(c -> backup.database().read(staged -> replaceLocked(c, staged, backup.info())));
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
    }

    private static Map<String, Long> replaceLocked(Connection c, Connection staged, BackupInfo info) throws SQLException {
        List<TableShape> shapes = BackupMerger.shapes(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableShape shape : shapes) {
            try (Statement delete = c.createStatement()) {
                delete.executeUpdate("DELETE FROM " + TableShape.quote(shape.table()));
            }
            long[] n = {0};
            try (PreparedStatement insert = c.prepareStatement(shape.insertSql())) {
                Rows.forEach(staged, shape, row -> {
                    Rows.bind(insert, row);
                    insert.executeUpdate();
                    n[0]++;
                });
            }
            counts.put(shape.key(), n[0]);
        }
        try (Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM setting WHERE key NOT LIKE '" + BackupFormat.LOCAL_SETTING_PREFIX + "%'");
        }
        Map<String, String> settings = Settings.all(staged);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Settings.put(c, setting.getKey(), setting.getValue());
        }
        counts.put(SyncedTables.SETTINGS_KEY, (long) settings.size());
        // The family now holds that laptop's state as of the backup: later merges from it start there.
        MergePoints.record(c, info.sourceVaultId(), info.createdAt().toEpochMilli());
        return counts;
    }
}
