package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nestling.store.Database;
import nestling.testsupport.PropertyCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merge's promises, checked on generated histories of two laptops ({@link History}) played
 * through the real journal, backup writer, reader and merger: both laptops end with the same
 * records whoever merges first, merging a backup again changes nothing, and a backup restored into
 * an empty vault exports to the same file but for its time stamp and source.
 */
class MergePropertiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void twoLaptopsMergingEachOthersBackupsInEitherOrderEndWithTheSameRecords() {
        long[] casesAndConflicts = {0, 0};
        PropertyCheck.forAll("two laptops converge", 80, History::generate, history -> {
            casesAndConflicts[0]++;
            try (Laptop first = Laptop.founding()) {
                first.applyAll(history.start());
                try (Laptop second = Laptop.joining(first, first.export())) {
                    first.applyAll(history.first());
                    second.applyAll(history.second());
                    Map<String, String> firstSettings = settings(first);
                    Map<String, String> secondSettings = settings(second);
                    MergeSummary intoFirst;
                    MergeSummary intoSecond;
                    if (history.firstExportsFirst()) {
                        byte[] fromFirst = first.export();
                        intoFirst = first.merge(second.export());
                        intoSecond = second.merge(fromFirst);
                    } else {
                        intoFirst = first.merge(second.export());
                        intoSecond = second.merge(first.export());
                    }
                    casesAndConflicts[1] += intoFirst.conflictCount() + intoSecond.conflictCount();
                    assertSameRecords(first, second);
                    // Settings are each laptop's preferences: a merge adds the ones missing, never overwrites.
                    assertEquals(settings(first).keySet(), settings(second).keySet());
                    for (String key : Set.copyOf(settings(first).keySet())) {
                        if (firstSettings.containsKey(key) != secondSettings.containsKey(key)) {
                            assertEquals(settings(first).get(key), settings(second).get(key), key);
                        }
                    }
                    assertFalse(first.merge(second.export()).changedAnything(), "a fixed point");
                }
            }
        });
        // the histories do make both laptops change the same records (about 9 cases in 10 do)
        assertTrue(casesAndConflicts[0] < 20 || casesAndConflicts[1] > 0, "no conflicts in " + casesAndConflicts[0] + " cases");
    }

    @Test
    void mergingTheSameBackupTwiceChangesNothingTheSecondTime() {
        PropertyCheck.forAll("merge is idempotent", 60, History::generate, history -> {
            try (Laptop first = Laptop.founding()) {
                first.applyAll(history.start());
                try (Laptop second = Laptop.joining(first, first.export())) {
                    first.applyAll(history.first());
                    second.applyAll(history.second());
                    byte[] backup = first.export();
                    second.merge(backup);
                    String once = Family.everything(second.database);
                    MergeSummary again = second.merge(backup);
                    assertFalse(again.changedAnything(), again.toString());
                    for (Map.Entry<String, MergeSummary.Counts> table : again.tables().entrySet()) {
                        MergeSummary.Counts n = table.getValue();
                        assertEquals(0, n.added() + n.updated() + n.deleted() + n.tombstonesAdded(), table.getKey());
                    }
                    assertEquals(0, again.settingsAdded());
                    assertEquals(once, Family.everything(second.database));
                }
            }
        });
    }

    @Test
    void exportRestoreIntoAnEmptyVaultAndExportAgainGivesTheSameBackupButForCreatedAtAndSource() {
        PropertyCheck.forAll("round trip", 60, History::generate, history -> {
            try (Laptop first = Laptop.founding()) {
                first.applyAll(history.start());
                first.applyAll(history.first());
                byte[] backup = first.export();
                try (Database empty = Database.createEmpty();
                        StagedBackup staged = BackupReader.read(backup)) {
                    BackupRestorer.replace(empty, staged);
                    String again = new String(Family.plainJsonOrThrow(empty), StandardCharsets.UTF_8);
                    assertEquals(withoutVolatile(new String(backup, StandardCharsets.UTF_8)), withoutVolatile(again));
                }
            }
        });
    }

    /** Every synced table of the two backups alike (settings aside); on a difference, names the records. */
    private static void assertSameRecords(Laptop first, Laptop second) {
        JsonNode mine = JSON.readTree(Family.content(first.database));
        JsonNode theirs = JSON.readTree(Family.content(second.database));
        for (String key : SyncedTables.KEYS.values()) {
            Map<String, String> a = byId(mine.get(key));
            Map<String, String> b = byId(theirs.get(key));
            for (String id : new java.util.TreeSet<>(union(a.keySet(), b.keySet()))) {
                assertEquals(a.get(id), b.get(id), key + " " + id + " differs (first laptop, then second)");
            }
        }
        assertEquals(mine.get("counts"), theirs.get("counts"));
    }

    private static Map<String, String> byId(JsonNode records) {
        Map<String, String> byId = new TreeMap<>();
        records.forEach(record -> byId.put(record.get("id").asString(), record.toString()));
        return byId;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> settings(Laptop laptop) {
        Map<String, String> settings = new TreeMap<>();
        JsonNode node = JSON.readTree(Family.content(laptop.database)).get("settings");
        node.propertyNames().forEach(key -> settings.put(key, node.get(key).asString()));
        return settings;
    }

    private static String withoutVolatile(String json) {
        return json.replaceAll("\"createdAt\":\"[^\"]*\"", "").replaceAll("\"source\":\\{[^}]*}", "");
    }
}
