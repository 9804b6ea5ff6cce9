package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import nestling.store.Database;

/**
 * What a sync stick needs from this laptop's backup bookkeeping. A stick's family file names the
 * stick as its source ({@code source.vaultId}), so the merge point kept for that id
 * ({@code backup.mergePoint.<stick id>}, never in a backup) is "when this laptop last synced with
 * the stick": a record changed both here and on the stick after it is a conflict.
 */
public final class SyncPoints {
    private SyncPoints() {
    }

    /** A new stick's id, in the form of a vault id. */
    public static String newStickId() {
        return Ids.toText(Ids.random());
    }

    /** When this laptop last synced with the stick, if it ever did. */
    public static java.util.Optional<Instant> lastSync(Database database, String stickId) {
        long point = database.read(c -> MergePoints.lastMerge(c, stickId));
        return point == MergePoints.NEVER ? java.util.Optional.empty() : java.util.Optional.of(Instant.ofEpochMilli(point));
    }

    /**
     * This laptop and the stick held the same records at {@code at} (this laptop's clock: when it
     * wrote the stick, or found it already up to date). Overwrites, unlike a merge's point, which
     * keeps the latest: another laptop's clock running ahead must not hide this laptop's later edits.
     */
    public static void record(Database database, String stickId, Instant at) {
        database.write(c -> {
            Settings.put(c, BackupFormat.MERGE_POINT_PREFIX + stickId, Long.toString(at.toEpochMilli()));
            return null;
        });
    }

    /**
     * True when the stick's file already holds exactly this laptop's records after {@code merged}:
     * the merge changed nothing and kept nothing of this laptop's over the stick's, every key holds
     * as many records here as on the stick, and no shared setting here is missing there. Then
     * writing the stick again would only change its time stamp.
     */
    public static boolean stickAlreadyHolds(Database live, StagedBackup stick, MergeSummary merged) {
        if (merged.changedAnything() || merged.tables().values().stream().anyMatch(n -> n.keptLocal() > 0)) {
            return false;
        }
        Map<String, String> there = stick.database().read(Settings::all);
        return live.read(c -> {
            for (TableShape shape : BackupMerger.shapes(c)) {
                MergeSummary.Counts n = merged.tables().get(shape.key());
                if (n == null || n.unchanged() != count(c, shape.table())) {
                    return false;
                }
            }
            return there.keySet().containsAll(Settings.all(c).keySet());
        });
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + TableShape.quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
