package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nestling.store.Database;
import org.junit.jupiter.api.Test;

/** A backup written by an older Nestling (schema version 1: no timers, no activity types) is migrated on import. */
class OlderSchemaTest {
    @Test
    void aVersionOneBackupIsMigratedAndRestored() throws Exception {
        Database old = Database.createAtSchemaVersion(1);
        old.write(c -> {
            Family.exec(c, "INSERT INTO baby(id, name, birth_at, birth_offset, created_at, updated_at, deleted) VALUES (?,?,?,?,?,?,0)",
                    Family.id(new java.util.Random(1)), "Old", 1_600_000_000_000L, 0, 1_600_000_000_000L, 1_600_000_000_000L);
            return null;
        });
        byte[] json = Family.plainJson(old);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"schemaVersion\":1") && !text.contains("\"timers\""), text);

        Database live = Database.createEmpty();
        Family.fill(live, 3, 5);
        try (StagedBackup staged = BackupReader.read(json)) {
            assertEquals(Database.latestSchemaVersion(), staged.database().schemaVersion());
            BackupRestorer.replace(live, staged);
        }
        long babies = live.read(c -> Family.count(c, "SELECT count(*) FROM baby"));
        long timers = live.read(c -> Family.count(c, "SELECT count(*) FROM timer"));
        assertEquals(1L, babies);
        assertEquals(0L, timers);
    }

    /** Version 4 kept entries in a plain table; version 5 stores them compactly behind a view of the same name. */
    @Test
    void aVersionFourBackupWithEntriesArrivesWhole() throws Exception {
        Database old = Database.createAtSchemaVersion(4);
        Family.fill(old, 7, 500);
        byte[] json = Family.plainJson(old);
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"schemaVersion\":4"));

        Database live = Database.createEmpty();
        Family.fill(live, 8, 50);
        try (StagedBackup staged = BackupReader.read(json)) {
            BackupRestorer.replace(live, staged);
        }
        // the same records (the files differ only in their schemaVersion)
        assertEquals(Family.content(old).replace("\"schemaVersion\":4", "\"schemaVersion\":" + Database.latestSchemaVersion()),
                Family.content(live));
        assertEquals(500L, (long) live.read(c -> Family.count(c, "SELECT count(*) FROM entry_stored")));
    }
}
