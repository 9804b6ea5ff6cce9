package nestling.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nestling.store.Database;

/**
 * Merges a staged backup into the family's database in one transaction. Union by id; the version
 * with the newer {@code updatedAt} wins (a tombstone is just a newer version that says "deleted");
 * equal {@code updatedAt} with different content is settled by comparing the content itself, so
 * two laptops merging each other's files in either order end with the same records, and merging
 * the same file twice changes nothing. Settings are this laptop's preferences: merge only adds the
 * ones missing here.
 */
public final class BackupMerger {
    private BackupMerger() {
    }

    public static MergeSummary merge(Database live, StagedBackup backup) throws BackupException {
        return merge(live, backup, ConflictChoices.NEWEST);
    }

    /** As {@link #merge(Database, StagedBackup)}, with {@code choices} deciding each conflict. */
    public static MergeSummary merge(Database live, StagedBackup backup, ConflictChoices choices) throws BackupException {
        Map<String, String> settings = backup.database().read(Settings::all);
        try {
            return backup.applyTo(live, c -> mergeLocked(c, settings, backup.info(), choices));
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
    }

    private static MergeSummary mergeLocked(Connection c, Map<String, String> settings, BackupInfo info,
            ConflictChoices choices) throws SQLException {
        List<TableShape> shapes = shapes(c);
        long point = MergePoints.lastMerge(c, info.sourceVaultId());
        boolean first = point == MergePoints.NEVER;
        Map<String, MergeSummary.Counts> tables = new LinkedHashMap<>();
        List<MergeSummary.Conflict> conflicts = new ArrayList<>();
        long[] conflictCount = {0};
        for (TableShape shape : shapes) {
            tables.put(shape.key(), mergeTable(c, shape, point, conflicts, conflictCount, choices));
        }
        int settingsAdded = mergeSettings(c, settings);
        MergePoints.record(c, info.sourceVaultId(), info.createdAt().toEpochMilli());
        return new MergeSummary(tables, settingsAdded, List.copyOf(conflicts), conflictCount[0], first);
    }

    private static MergeSummary.Counts mergeTable(Connection c, TableShape shape, long point,
            List<MergeSummary.Conflict> conflicts, long[] conflictCount, ConflictChoices choices) throws SQLException {
        int id = index(shape, "id");
        int updated = index(shape, "updated_at");
        int deleted = index(shape, "deleted");
        long[] n = new long[6]; // added, updated, deleted, unchanged, keptLocal, tombstonesAdded
        try (PreparedStatement upsert = c.prepareStatement(shape.replaceSql())) {
            SqlConsumer take = row -> {
                Rows.bind(upsert, row);
                upsert.executeUpdate();
            };
            // Records identical on both sides change nothing and are only counted; the rest, each with
            // this laptop's version as it was before the merge (or none), are read before anything is written.
            // Without unique keys among live records, a record new to this laptop is simply added and
            // touches no other record: those go in one INSERT … SELECT (the first merge of a second
            // laptop is mostly such records) and only the ones present on both sides are judged here.
            LiveUniqueness unique = LiveUniqueness.of(c, shape);
            boolean newInSql = !unique.hasKeys();
            List<Object[][]> differing = new ArrayList<>();
            Rows.differing(c, shape, StagedBackup.table(shape), !newInSql,
                    (incoming, mine) -> differing.add(new Object[][] {incoming, mine}));
            if (newInSql) {
                long[] added = Rows.insertMissing(c, shape);
                n[0] = added[0];
                n[5] = added[1];
            }
            n[3] = Rows.count(c, StagedBackup.table(shape)) - differing.size() - n[0] - n[5];
            if (unique.hasKeys()) {
                // Tombstones first: a live record here that the backup deletes is no rival for a new one
                // (a timer stopped and started again on the other laptop), whatever order the ids have.
                differing.sort(Comparator.comparingLong(pair -> -Rows.number(pair[0][deleted])));
            }
            for (Object[][] pair : differing) {
                Object[] incoming = pair[0];
                Object[] mine = pair[1];
                if (unique.hasKeys() && (mine == null || RowContent.newer(shape, incoming, mine, updated))) {
                    Object[] rival = unique.rival(c, incoming, deleted, id);
                    if (rival != null) {
                        boolean keepIncoming = LiveUniqueness.keeps(shape, incoming, rival, id);
                        conflictCount[0]++;
                        if (conflicts.size() < MergeSummary.MAX_LISTED_CONFLICTS) {
                            conflicts.add(new MergeSummary.Conflict(shape.key(), Ids.toText((byte[]) incoming[id]),
                                    keepIncoming ? "backup" : "this laptop"));
                        }
                        if (keepIncoming) {
                            take.accept(LiveUniqueness.tombstone(rival, incoming, deleted, updated));
                            n[2]++;
                        } else {
                            incoming = LiveUniqueness.tombstone(incoming, rival, deleted, updated);
                        }
                    }
                }
                boolean incomingDeleted = Rows.number(incoming[deleted]) != 0;
                if (mine == null) {
                    take.accept(incoming);
                    n[incomingDeleted ? 5 : 0]++;
                    continue;
                }
                if (RowContent.same(shape, mine, incoming)) {
                    n[3]++;
                    continue;
                }
                boolean incomingWins = RowContent.newer(shape, incoming, mine, updated);
                long mineAt = Rows.number(mine[updated]);
                long theirsAt = Rows.number(incoming[updated]);
                if (mineAt > point && theirsAt > point) {
                    // records with unique keys (timers, remembered names) keep their own rule: newest wins
                    ConflictChoices.Keep keep = unique.hasKeys() ? ConflictChoices.Keep.NEWEST
                            : choices.choose(ConflictVersions.of(shape, mine, incoming, incomingWins));
                    if (keep != ConflictChoices.Keep.NEWEST && (keep == ConflictChoices.Keep.OTHER) != incomingWins) {
                        // the older version chosen: saved as the newest, so later syncs elsewhere keep it too
                        incomingWins = !incomingWins;
                        Object[] chosen = (incomingWins ? incoming : mine).clone();
                        chosen[updated] = Math.max(mineAt, theirsAt) + 1;
                        if (incomingWins) {
                            incoming = chosen;
                        } else {
                            take.accept(chosen);
                        }
                    }
                    conflictCount[0]++;
                    if (conflicts.size() < MergeSummary.MAX_LISTED_CONFLICTS) {
                        conflicts.add(new MergeSummary.Conflict(shape.key(), Ids.toText((byte[]) incoming[id]),
                                incomingWins ? "backup" : "this laptop"));
                    }
                }
                if (!incomingWins) {
                    n[4]++;
                    continue;
                }
                take.accept(incoming);
                boolean mineDeleted = Rows.number(mine[deleted]) != 0;
                n[incomingDeleted && !mineDeleted ? 2 : 1]++;
            }
        } catch (SQLException e) {
            throw new WrappedBackupException(new BackupException(BackupProblem.IMPOSSIBLE_VALUE,
                    "$." + shape.key() + ": the merged records break a rule of the database"));
        }
        return new MergeSummary.Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    private static int mergeSettings(Connection c, Map<String, String> incoming) throws SQLException {
        Map<String, String> mine = Settings.all(c);
        int added = 0;
        for (Map.Entry<String, String> setting : incoming.entrySet()) {
            if (!mine.containsKey(setting.getKey())) {
                Settings.put(c, setting.getKey(), setting.getValue());
                added++;
            }
        }
        return added;
    }

    static List<TableShape> shapes(Connection c) throws SQLException {
        try {
            return SyncedTables.shapes(c);
        } catch (BackupException e) {
            throw new WrappedBackupException(e);
        }
    }

    private static int index(TableShape shape, String column) {
        return shape.columns().indexOf(shape.column(column).orElseThrow());
    }

    @FunctionalInterface
    private interface SqlConsumer {
        void accept(Object[] row) throws SQLException;
    }

    static boolean equalValues(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue() && Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }
}
