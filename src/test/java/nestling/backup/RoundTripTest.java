package nestling.backup;

import static nestling.backup.BackupTestSupport.OTHER;
import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nestling.store.Database;
import nestling.store.VaultSession;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void exportRestoreIntoAnEmptyVaultAndExportAgainGivesTheSameFileButForCreatedAtAndSource() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        BackupExporter.Result first;
        Path firstPlain;
        try (VaultSession a = VaultSession.create(dir.resolve("a"), PASS, options())) {
            Family.fill(a.database(), 1, 300);
            first = BackupExporter.export(a.database(), usb, a.vault().currentKey(), options());
            // In the same session: a reopened vault has dropped its tombstones' content (Tombstones).
            firstPlain = BackupExporter.export(a.database(), dir.resolve("first.json"), null,
                    options(java.time.Instant.parse("2027-01-01T00:00:00Z"))).file();
        }
        assertEquals("nestling-backup-2026-11-26-1334.nestling", first.file().getFileName().toString());
        assertTrue(first.encrypted());
        assertEquals(300, first.counts().get("entries"));

        Path second;
        try (VaultSession b = VaultSession.create(dir.resolve("b"), OTHER, options());
                StagedBackup staged = BackupFiles.stage(first.file(), BackupKeys.passphrase(PASS.clone()))) {
            BackupRestorer.replace(b.database(), staged);
            b.flush();
            second = BackupExporter.export(b.database(), dir.resolve("again.json"), null, options()).file();
        }
        assertEquals(withoutVolatile(Files.readString(firstPlain)), withoutVolatile(Files.readString(second)));
        assertFalse(Files.readString(firstPlain).equals(Files.readString(second)), "createdAt and source differ");
    }

    @Test
    void whatAClockSetFarAheadOrABirthBefore1970LeftInTheVaultIsBackedUpAndRestored() throws Exception {
        java.time.Instant ahead = java.time.Instant.parse("2150-03-01T10:00:00Z");
        java.time.Instant now = java.time.Instant.parse("2026-11-26T12:34:56Z");
        Path file;
        try (VaultSession a = VaultSession.create(dir.resolve("a"), PASS, options())) {
            var then = nestling.journal.Journal.of(a.database(), java.time.Clock.fixed(ahead, java.time.ZoneOffset.UTC));
            var grandma = then.family().addBaby("Grandma", java.time.Instant.parse("1961-05-04T06:00:00Z"),
                    java.time.ZoneOffset.UTC, null, null);
            then.entries().log(grandma.meta().id(), ahead, null, new nestling.domain.EntryData.Note("logged in 2150"));
            // the clock is right again: the export must still carry all of it
            file = BackupExporter.export(a.database(), dir.resolve("ahead.json"), null, options(now)).file();
        }
        String json = Files.readString(file);
        assertTrue(json.contains("\"createdAt\":" + ahead.toEpochMilli()), json);
        assertTrue(json.contains("\"birthAt\":" + java.time.Instant.parse("1961-05-04T06:00:00Z").toEpochMilli()), json);
        try (VaultSession b = VaultSession.create(dir.resolve("b"), PASS, options());
                StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            BackupRestorer.replace(b.database(), staged);
            var journal = nestling.journal.Journal.of(b.database(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
            var baby = journal.family().babies(false).getFirst();
            assertEquals(java.time.Instant.parse("1961-05-04T06:00:00Z"), baby.birthAt());
            var entries = journal.entries().list(nestling.store.EntryQuery.of(null, java.time.Instant.EPOCH,
                    java.time.Instant.parse("2200-01-01T00:00:00Z")));
            assertEquals(1, entries.size());
            assertEquals(ahead, entries.getFirst().start());
            assertEquals(ahead, entries.getFirst().meta().createdAt());
        }
    }

    @Test
    void restoredVaultSurvivesReopeningWithTheSameRecords() throws Exception {
        Database original = Database.createEmpty();
        Family.fill(original, 2, 50);
        Path file = dir.resolve("b.json");
        Files.write(file, Family.plainJson(original));
        try (VaultSession b = VaultSession.create(dir.resolve("v"), PASS, options());
                StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            BackupRestorer.replace(b.database(), staged);
        }
        // Reopening drops the content of deleted entries for good; everything else is as restored.
        original.write(nestling.store.Tombstones::dropContent);
        try (VaultSession b = VaultSession.unlock(dir.resolve("v"), PASS, options())) {
            assertEquals(Family.content(original), Family.content(b.database()));
        }
    }

    @Test
    void aSeparateBackupPassphraseOpensTheBackupAndTheVaultPassphraseDoesNot() throws Exception {
        try (VaultSession a = VaultSession.create(dir.resolve("a"), PASS, options());
                SealedFile.Key key = SealedFile.newKey(OTHER, options())) {
            Family.fill(a.database(), 3, 10);
            Path file = BackupExporter.export(a.database(), dir, key, options()).file();
            BackupException wrong = org.junit.jupiter.api.Assertions.assertThrows(BackupException.class,
                    () -> BackupFiles.stage(file, new BackupKeys(a.vault().currentKey(), PASS.clone())));
            assertEquals(BackupProblem.WRONG_PASSPHRASE, wrong.problem());
            try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.passphrase(OTHER.clone()))) {
                assertEquals(10, staged.info().counts().get("entries"));
            }
        }
    }

    @Test
    void plainExportIsReadableJsonWithTheDocumentedTopLevelKeys() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 4, 5);
        Path file = BackupExporter.export(database, dir, null, options()).file();
        assertTrue(file.getFileName().toString().endsWith(".json"));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        for (String key : new String[] {"\"format\":\"nestling-backup\"", "\"formatVersion\":1", "\"createdAt\":",
            "\"app\":{", "\"schemaVersion\":", "\"babies\":[", "\"caregivers\":[", "\"entries\":[", "\"timers\":[",
            "\"activityTypes\":[", "\"settings\":{", "\"data\":{\""}) {
            assertTrue(json.contains(key), key);
        }
        assertFalse(json.contains("backup.vaultId"), "this laptop's bookkeeping stays home");
    }

    private static String withoutVolatile(String json) {
        return json.replaceAll("\"createdAt\":\"[^\"]*\"", "").replaceAll("\"source\":\\{[^}]*}", "");
    }
}
