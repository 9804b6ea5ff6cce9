package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, shown before a restore or a merge and by {@code verify-backup}: who made it
 * and when, the babies, live records and tombstones per key, entries per type and their date range.
 */
public record BackupSummary(BackupInfo info, List<String> babies, Map<String, Long> live, Map<String, Long> tombstones,
        Map<String, Long> entriesByType, Instant firstEntry, Instant lastEntry) {

    public static BackupSummary of(StagedBackup backup) {
        return backup.database().read(c -> {
            Map<String, Long> live = new LinkedHashMap<>();
            Map<String, Long> tombstones = new LinkedHashMap<>();
            for (TableShape shape : BackupMerger.shapes(c)) {
                live.put(shape.key(), count(c, "SELECT count(*) FROM " + TableShape.quote(shape.table()) + " WHERE deleted = 0"));
                tombstones.put(shape.key(), count(c, "SELECT count(*) FROM " + TableShape.quote(shape.table()) + " WHERE deleted <> 0"));
            }
            List<String> babies = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT name FROM baby WHERE deleted = 0 ORDER BY birth_at, name")) {
                while (rows.next()) {
                    babies.add(rows.getString(1));
                }
            }
            Map<String, Long> byType = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT type, count(*) FROM entry WHERE deleted = 0 GROUP BY type ORDER BY type")) {
                while (rows.next()) {
                    byType.put(rows.getString(1), rows.getLong(2));
                }
            }
            Instant first = null;
            Instant last = null;
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT min(start_at), max(start_at) FROM entry WHERE deleted = 0")) {
                if (rows.next() && rows.getObject(1) != null) {
                    first = Instant.ofEpochMilli(rows.getLong(1));
                    last = Instant.ofEpochMilli(rows.getLong(2));
                }
            }
            return new BackupSummary(backup.info(), List.copyOf(babies), live, tombstones, byType, first, last);
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
