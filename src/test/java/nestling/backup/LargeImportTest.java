package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nestling.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tables large enough that staging and restore set their plain indexes aside while loading
 * ({@link SecondaryIndexes#WORTH_IT_FROM_ROWS}): the indexes come back exactly as declared, the
 * data arrives whole, and errors past that point are still named where they are.
 */
class LargeImportTest {
    private static final int ENTRIES = (int) SecondaryIndexes.WORTH_IT_FROM_ROWS + 1_500;
    private static byte[] json;
    private static String content;

    @BeforeAll
    static void export() {
        Database source = Database.createEmpty();
        Family.fill(source, 31, ENTRIES);
        json = Family.plainJson(source);
        content = Family.content(source);
        source.close();
    }

    @Test
    void restoreOverAFullVaultBringsEverythingAndKeepsTheIndexesAsDeclared() throws Exception {
        Database live = Database.createEmpty();
        Family.fill(live, 32, ENTRIES);
        List<String> indexes = indexes(live);
        try (StagedBackup staged = BackupReader.read(json)) {
            assertFalse(indexes(staged.database()).stream().anyMatch(sql -> sql.contains("entry_listing")),
                    "staging never needs the plain indexes: they are dropped for the load and not built again");
            Map<String, Long> counts = BackupRestorer.replace(live, staged);
            assertEquals((long) ENTRIES, counts.get("entries"));
            assertFalse(BackupMerger.merge(live, staged).changedAnything());
        }
        assertEquals(content, Family.content(live));
        assertEquals(indexes, indexes(live));
        // the rebuilt index exists under its name and holds every entry
        long inIndex = live.read(c -> Family.count(c,
                "SELECT count(*) FROM entry_stored INDEXED BY entry_listing WHERE deleted = 0 AND start_at >= 0"));
        long liveRows = live.read(c -> Family.count(c, "SELECT count(*) FROM entry_stored NOT INDEXED WHERE deleted = 0"));
        assertTrue(liveRows > 0);
        assertEquals(liveRows, inIndex);
    }

    @Test
    void mergeIntoAnEmptyVaultAddsEverythingAndAgainChangesNothing() throws Exception {
        Database live = Database.createEmpty();
        MergeSummary first = MergeTest.merge(live, json);
        long entries = first.tables().get("entries").added() + first.tables().get("entries").tombstonesAdded();
        assertEquals((long) ENTRIES, entries);
        assertEquals(content, Family.content(live));
        MergeSummary again = MergeTest.merge(live, json);
        assertFalse(again.changedAnything());
        assertEquals((long) ENTRIES, again.tables().get("entries").unchanged());
    }

    @Test
    void aDuplicateIdOutOfOrderLateInALargeTableIsNamedAndNothingChanges() throws Exception {
        ObjectNode backup = (ObjectNode) Values.parseJson(new String(json, StandardCharsets.UTF_8));
        ArrayNode entries = (ArrayNode) backup.get("entries");
        int late = ENTRIES - 10;
        ((ObjectNode) entries.get(late)).put("id", entries.get(ENTRIES / 3).get("id").asString());
        Database live = Database.createEmpty();
        Family.fill(live, 33, 5);
        String before = Family.everything(live);
        BackupException e = assertThrows(BackupException.class,
                () -> MergeTest.merge(live, backup.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(BackupProblem.DUPLICATE_ID, e.problem());
        assertEquals("$.entries[" + late + "].id", e.detail());
        assertEquals(before, Family.everything(live));
    }

    @Test
    void anImpossibleValueLateInALargeTableIsNamed() {
        ObjectNode backup = (ObjectNode) Values.parseJson(new String(json, StandardCharsets.UTF_8));
        int late = ENTRIES - 3;
        ((ObjectNode) ((ArrayNode) backup.get("entries")).get(late)).put("utcOffset", 19 * 3600);
        BackupException e = assertThrows(BackupException.class,
                () -> BackupReader.read(backup.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(BackupProblem.IMPOSSIBLE_VALUE, e.problem());
        assertEquals("$.entries[" + late + "].utcOffset", e.detail());
    }

    private static List<String> indexes(Database database) {
        return database.read(c -> {
            List<String> sql = new ArrayList<>();
            try (var s = c.createStatement();
                    var rows = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")) {
                while (rows.next()) {
                    sql.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
            return sql;
        });
    }
}
