package nestling.backup;

import java.sql.ResultSet;
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
            // One pass per table for both counts, and one over the entries for types and dates: at 200k
            // entries each pass is noticeable. Read from the stored tables: these columns are stored as
            // they are, and a compact view would look up its UUIDs for every row.
            String entries = "entry";
            for (TableShape shape : BackupMerger.shapes(c)) {
                if (shape.table().equals("entry")) {
                    entries = TableShape.quote(shape.storedTable());
                }
                try (Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT count(*) FILTER (WHERE deleted = 0), count(*) FILTER (WHERE deleted <> 0)"
                                + " FROM " + TableShape.quote(shape.storedTable()))) {
                    rows.next();
                    live.put(shape.key(), rows.getLong(1));
                    tombstones.put(shape.key(), rows.getLong(2));
                }
            }
            List<String> babies = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT name FROM baby WHERE deleted = 0 ORDER BY birth_at, name")) {
                while (rows.next()) {
                    babies.add(rows.getString(1));
                }
            }
            Map<String, Long> byType = new LinkedHashMap<>();
            Instant first = null;
            Instant last = null;
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT type, count(*), min(start_at), max(start_at) FROM " + entries
                            + " WHERE deleted = 0 GROUP BY type ORDER BY type")) {
                while (rows.next()) {
                    byType.put(rows.getString(1), rows.getLong(2));
                    Instant from = Instant.ofEpochMilli(rows.getLong(3));
                    Instant to = Instant.ofEpochMilli(rows.getLong(4));
                    first = first == null || from.isBefore(first) ? from : first;
                    last = last == null || to.isAfter(last) ? to : last;
                }
            }
            return new BackupSummary(backup.info(), List.copyOf(babies), live, tombstones, byType, first, last);
        });
    }
}
