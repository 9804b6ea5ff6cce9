package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import nestling.store.Database;
import org.junit.jupiter.api.Test;

/** Merge examples, one rule each; the general promises are checked on generated histories in MergePropertiesTest. */
class MergeTest {
    private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void intoAnEmptyVaultEverythingIsAddedAndTombstonesTravel() throws Exception {
        Database a = Database.createEmpty();
        Family.fill(a, 1, 40);
        Database b = Database.createEmpty();
        MergeSummary summary = merge(b, a, T1);
        long tombstones = a.read(c -> Family.count(c, "SELECT count(*) FROM entry WHERE deleted = 1"));
        assertEquals(40 - tombstones, summary.tables().get("entries").added());
        assertEquals(tombstones, summary.tables().get("entries").tombstonesAdded());
        assertEquals(2, summary.settingsAdded());
        assertEquals(Family.content(a), Family.content(b));
    }

    @Test
    void theNewerVersionWinsOnEitherSideAndTombstonesDelete() throws Exception {
        Database a = Database.createEmpty();
        Family.Ids3 ids = Family.fill(a, 4, 10);
        Database b = Database.createEmpty();
        merge(b, a, T1);
        byte[] edited = ids.entries().get(0);
        byte[] removed = ids.entries().get(1);
        byte[] keptHere = ids.entries().get(2);
        long later = T1.toEpochMilli() + 1000;
        a.write(c -> {
            Family.exec(c, "UPDATE entry SET data = json_set(data, '$.notes', 'edited'), deleted = 0, updated_at = ? WHERE id = ?", later, edited);
            Family.exec(c, "UPDATE entry SET deleted = 1, updated_at = ? WHERE id = ?", later, removed);
            Family.exec(c, "UPDATE entry SET data = json_set(data, '$.notes', 'old'), updated_at = ? WHERE id = ?", later, keptHere);
            return null;
        });
        b.write(c -> {
            Family.exec(c, "UPDATE entry SET deleted = 0 WHERE id = ?", removed);
            Family.exec(c, "UPDATE entry SET data = json_set(data, '$.notes', 'new'), updated_at = ? WHERE id = ?", later + 1, keptHere);
            return null;
        });
        MergeSummary summary = merge(b, a, T2);
        MergeSummary.Counts entries = summary.tables().get("entries");
        assertEquals(1, entries.updated());
        assertEquals(1, entries.deleted());
        assertEquals(1, entries.keptLocal());
        assertEquals("edited", notes(b, edited));
        long deletedFlag = b.read(c -> Family.count(c, "SELECT deleted FROM entry WHERE id = x'" + hex(removed) + "'"));
        assertEquals(1L, deletedFlag);
        assertEquals("new", notes(b, keptHere));
        // the entry changed on both laptops since the last merge is a conflict; this laptop's newer one was kept
        assertEquals(1, summary.conflictCount());
        assertEquals(new MergeSummary.Conflict("entries", Ids.toText(keptHere), "this laptop"), summary.conflicts().getFirst());
        assertFalse(summary.firstMergeFromSource());
    }

    @Test
    void equalTimestampsWithDifferentContentAreSettledTheSameWayOnBothSides() throws Exception {
        Database a = Database.createEmpty();
        Family.Ids3 ids = Family.fill(a, 6, 3);
        Database b = Database.createEmpty();
        merge(b, a, T1);
        byte[] id = ids.entries().get(0);
        a.write(c -> { Family.exec(c, "UPDATE entry SET data = json_set(data, '$.notes', 'aaa'), updated_at = 5 WHERE id = ?", id); return null; });
        b.write(c -> { Family.exec(c, "UPDATE entry SET data = json_set(data, '$.notes', 'zzz'), updated_at = 5 WHERE id = ?", id); return null; });
        byte[] fromA = Family.plainJson(a);
        merge(a, Family.plainJson(b));
        merge(b, fromA);
        assertEquals(notes(a, id), notes(b, id));
    }

    @Test
    void jsonDataThatDiffersOnlyInSpacingIsTheSameRecord() throws Exception {
        Database a = Database.createEmpty();
        Family.Ids3 ids = Family.fill(a, 7, 3);
        Database b = Database.createEmpty();
        merge(b, a, T1);
        b.write(c -> {
            Family.exec(c, "UPDATE entry SET data = replace(data, ',', ' , ') WHERE id = ?", ids.entries().get(0));
            return null;
        });
        assertTrue(merge(b, a, T2).tables().get("entries").added() == 0);
        assertFalse(merge(b, a, T2).changedAnything());
    }

    @Test
    void twoRunningTimersOfOneKindForOneBabyMergeToOneOnBothLaptops() throws Exception {
        Database shared = Database.createEmpty();
        Family.Ids3 ids = Family.fill(shared, 8, 2);
        byte[] base = Family.plainJson(shared);
        Database a = Database.createEmpty();
        Database b = Database.createEmpty();
        merge(a, base);
        merge(b, base);
        byte[] baby = ids.babies().get(1);
        Random random = new Random(8);
        a.write(c -> {
            Family.exec(c, "INSERT INTO timer(id, baby_id, kind, started_at, state, created_at, updated_at, deleted) VALUES (?,?,?,?,?,?,?,0)",
                    Family.id(random), baby, "breastfeeding", 10L, Family.timerState(10L), 10L, 10L);
            return null;
        });
        b.write(c -> {
            Family.exec(c, "INSERT INTO timer(id, baby_id, kind, started_at, state, created_at, updated_at, deleted) VALUES (?,?,?,?,?,?,?,0)",
                    Family.id(random), baby, "breastfeeding", 20L, Family.timerState(20L), 20L, 20L);
            return null;
        });
        byte[] fromA = Family.plainJson(a);
        MergeSummary intoA = merge(a, Family.plainJson(b));
        merge(b, fromA);
        assertEquals(Family.content(a), Family.content(b));
        assertEquals(1, intoA.conflictCount());
        long running = a.read(c -> Family.count(c, "SELECT count(*) FROM timer WHERE deleted = 0 AND kind = 'breastfeeding'"));
        assertEquals(1L, running);
    }

    @Test
    void aTimerStoppedAndStartedAgainOnOneLaptopStaysRunningOnBoth() throws Exception {
        Database a = Database.createEmpty();
        Family.Ids3 ids = Family.fill(a, 9, 0);
        byte[] baby = ids.babies().get(1);
        byte[] stopped = new byte[16];
        java.util.Arrays.fill(stopped, (byte) 0x7f); // sorts after the new one: the merge meets the new timer first
        byte[] started = new byte[16];
        a.write(c -> {
            Family.exec(c, "INSERT INTO timer(id, baby_id, kind, started_at, state, created_at, updated_at, deleted) VALUES (?,?,?,?,?,?,?,0)",
                    stopped, baby, "breastfeeding", 10L, Family.timerState(10L), 10L, 10L);
            return null;
        });
        Database b = Database.createEmpty();
        merge(b, Family.plainJson(a));
        a.write(c -> {
            Family.exec(c, "UPDATE timer SET deleted = 1, updated_at = 20 WHERE id = ?", stopped);
            Family.exec(c, "INSERT INTO timer(id, baby_id, kind, started_at, state, created_at, updated_at, deleted) VALUES (?,?,?,?,?,?,?,0)",
                    started, baby, "breastfeeding", 30L, Family.timerState(30L), 30L, 30L);
            return null;
        });
        byte[] fromA = Family.plainJson(a);
        merge(a, Family.plainJson(b));
        MergeSummary intoB = merge(b, fromA);
        assertEquals(Family.content(a), Family.content(b));
        assertEquals(0, intoB.conflictCount(), "the timer the backup stops is no rival");
        long running = b.read(c -> Family.count(c, "SELECT count(*) FROM timer WHERE deleted = 0 AND id = x'"
                + hex(started) + "'"));
        assertEquals(1L, running);
    }

    private static MergeSummary merge(Database into, Database from, Instant at) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BackupWriter.write(from, at, MergePoints.vaultId(from), out);
        return merge(into, out.toByteArray());
    }

    static MergeSummary merge(Database into, byte[] json) throws Exception {
        try (StagedBackup staged = BackupReader.read(json)) {
            return BackupMerger.merge(into, staged);
        }
    }

    /** The entry's notes: what these tests edit to tell two versions apart. */
    private static String notes(Database database, byte[] id) {
        return database.read(c -> {
            try (var s = c.prepareStatement("SELECT json_extract(data, '$.notes') FROM entry WHERE id = ?")) {
                s.setBytes(1, id);
                try (var rows = s.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
