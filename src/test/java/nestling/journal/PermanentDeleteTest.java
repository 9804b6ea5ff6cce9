package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nestling.backup.BackupExporter;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupMerger;
import nestling.backup.StagedBackup;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.store.Database;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deleted entry's content is gone for good once its session is over; the tombstone still merges. */
class PermanentDeleteTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final String MARKER = "rash-cream-MARKER-41c7";
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    @TempDir
    Path other;

    @Test
    void undoWorksWithinTheSessionAndTheContentIsDroppedAtTheNextUnlock() throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        Entry note;
        try (VaultSession session = VaultSession.create(dir, PASS, options)) {
            Journal journal = Journal.of(session.database(), Clock.fixed(NOW, ZoneOffset.UTC));
            Baby ada = journal.family().addBaby("Ada", Instant.parse("2026-09-01T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
            note = journal.entries().log(ada.meta().id(), NOW.minusSeconds(600), null, new EntryData.Note(MARKER));
            journal.entries().delete(note.meta().id());
            journal.entries().undo();
            assertEquals(MARKER, ((EntryData.Note) journal.entries().find(note.meta().id()).orElseThrow().data()).text(),
                    "undo in the same session brings the content back");
            journal.entries().delete(note.meta().id());
            session.flush();
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS, options)) {
            assertEquals(0, rowsHolding(session.database(), MARKER), "the content is gone");
            assertEquals(1, tombstones(session.database()), "the tombstone stays for merging");
            session.flush();

            BackupExporter.Result backup = BackupExporter.export(session.database(), dir.resolve("b.json"), null, options);
            try (VaultSession laptop = VaultSession.create(other, PASS, options)) {
                Journal journal = Journal.of(laptop.database(), Clock.fixed(NOW, ZoneOffset.UTC));
                journal.family().addBaby("Ada", Instant.parse("2026-09-01T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
                try (StagedBackup staged = BackupFiles.stage(backup.file(), BackupKeys.none())) {
                    BackupMerger.merge(laptop.database(), staged);
                }
                assertEquals(1, tombstones(laptop.database()), "the deletion travels to the other laptop");
                assertTrue(journal.entries().find(note.meta().id()).isEmpty());
            }
        }
    }

    private static int rowsHolding(Database database, String text) {
        return count(database, "SELECT count(*) FROM entry WHERE data LIKE '%' || ? || '%'", text);
    }

    private static int tombstones(Database database) {
        return count(database, "SELECT count(*) FROM entry WHERE deleted = 1 AND data = ?", "{}");
    }

    private static int count(Database database, String sql, String parameter) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setString(1, parameter);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
