package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nestling.store.Database;
import org.junit.jupiter.api.Test;

/** The backup covers every table of the current schema; a new table fails here until it is mapped. */
class SyncedTablesTest {
    @Test
    void everyTableOfTheLatestSchemaIsCarriedByTheBackup() {
        Database database = Database.createEmpty();
        List<String> tables = database.read(SyncedTables::tableNames);
        List<String> covered = new ArrayList<>(SyncedTables.KEYS.keySet());
        covered.add(SyncedTables.SETTING_TABLE);
        assertEquals(covered.stream().sorted().toList(), tables,
                "a migration added or removed a table: map it in SyncedTables and describe it in docs/backup-format.md");
    }

    @Test
    void anUnmappedTableStopsTheExportInsteadOfBeingSilentlyLeftOut() {
        Database database = Database.createEmpty();
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE medicine (id BLOB PRIMARY KEY, updated_at INTEGER, deleted INTEGER)");
            }
            return null;
        });
        BackupException e = assertThrows(BackupException.class, () -> Family.plainJsonOrThrow(database));
        assertEquals(BackupProblem.TABLE_NOT_COVERED, e.problem());
        assertEquals("table medicine", e.detail());
    }

    @Test
    void aNewColumnTravelsWithoutChangesToTheBackupCode() throws Exception {
        Database a = Database.createEmpty();
        a.write(c -> {
            try (Statement s = c.createStatement()) {
                // not entry: a view now (V5); a new entry column goes into entry_stored and the view is re-created
                s.execute("ALTER TABLE caregiver ADD COLUMN rating INTEGER");
            }
            return null;
        });
        Family.fill(a, 9, 3);
        a.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE caregiver SET rating = 5");
            }
            return null;
        });
        String json = new String(Family.plainJson(a), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, json.split("\"rating\":5").length - 1, "both caregivers");
    }

    @Test
    void columnKindsFollowNamesAndTypes() {
        assertEquals(ColumnKind.UUID, ColumnKind.of("id", "BLOB"));
        assertEquals(ColumnKind.UUID, ColumnKind.of("baby_id", "BLOB"));
        assertEquals(ColumnKind.UUID, ColumnKind.of("created_by", "BLOB"));
        assertEquals(ColumnKind.BYTES, ColumnKind.of("photo", "BLOB"));
        assertEquals(ColumnKind.JSON, ColumnKind.of("data", "TEXT"));
        assertEquals(ColumnKind.BOOLEAN, ColumnKind.of("deleted", "INTEGER"));
        assertEquals(ColumnKind.INTEGER, ColumnKind.of("start_at", "INTEGER"));
        assertEquals(ColumnKind.TEXT, ColumnKind.of("name", "TEXT"));
        assertEquals("birthOffset", Column.camelCase("birth_offset"));
    }
}
