package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nestling.store.Database;
import nestling.vault.AtomicFileWriter;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drive pulled out, full, or gone mid-write: a clear error and no file that passes as a backup. */
class ExportFaultTest {
    @TempDir
    Path dir;

    @Test
    void anIoErrorBeforeAnyStepLeavesNoFileThatPassesVerification() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 1, 30);
        for (AtomicFileWriter.Step step : List.of(AtomicFileWriter.Step.CREATE_TEMP, AtomicFileWriter.Step.WRITE_BLOCK,
                AtomicFileWriter.Step.FORCE_FILE, AtomicFileWriter.Step.BEFORE_RENAME, AtomicFileWriter.Step.RENAME,
                AtomicFileWriter.Step.FORCE_DIRECTORY)) {
            Path usb = Files.createDirectories(dir.resolve("usb-" + step));
            VaultOptions failing = options().withFaults(s -> {
                if (s == step) {
                    throw new IOException("Input/output error");
                }
            });
            try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
                BackupException e = assertThrows(BackupException.class,
                        () -> BackupExporter.export(database, usb, key, failing));
                assertEquals(BackupProblem.WRITE_FAILED, e.problem(), step.toString());
                assertNothingPassesVerification(usb);
            }
        }
    }

    @Test
    void aFullDiskSaysSo() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 2, 10);
        VaultOptions full = options().withFaults(s -> {
            if (s == AtomicFileWriter.Step.WRITE_BLOCK) {
                throw new IOException("No space left on device");
            }
        });
        BackupException e = assertThrows(BackupException.class, () -> BackupExporter.export(database, dir, null, full));
        assertEquals("the drive is full", e.detail());
        assertNothingPassesVerification(dir);
    }

    @Test
    void aDirectoryThatDisappearsMidWriteLeavesNothingBehind() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 3, 10);
        Path usb = Files.createDirectories(dir.resolve("usb"));
        VaultOptions pulled = options().withFaults(s -> {
            if (s == AtomicFileWriter.Step.RENAME) {
                deleteTree(usb);
            }
        });
        BackupException e = assertThrows(BackupException.class, () -> BackupExporter.export(database, usb, null, pulled));
        assertEquals(BackupProblem.WRITE_FAILED, e.problem());
        assertTrue(!Files.exists(usb) || listing(usb).isEmpty());
    }

    /**
     * A stick pulled after the file was renamed into place: its folder is gone, so nothing can be
     * removed or read back. The message must not claim the file was removed or never written: after
     * replugging, it may well be complete (here it is, and it verifies).
     */
    @Test
    void aStickPulledAfterTheRenameSaysTheBackupMayOrMayNotBeComplete() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 6, 10);
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path replugged = dir.resolve("usb-replugged");
        VaultOptions pulled = options().withFaults(s -> {
            if (s == AtomicFileWriter.Step.FORCE_DIRECTORY) {
                Files.move(usb, replugged); // the mount point goes away with the file on it
            }
        });
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            BackupException e = assertThrows(BackupException.class, () -> BackupExporter.export(database, usb, key, pulled));
            assertEquals(BackupProblem.DRIVE_GONE, e.problem());
            assertTrue(e.getMessage().contains("may or may not be complete"), e.getMessage());
            assertTrue(e.getMessage().contains("verify-backup"), e.getMessage());
        }
        List<Path> left = listing(replugged);
        assertEquals(1, left.size(), left.toString());
        BackupFiles.stage(left.getFirst(), BackupKeys.passphrase(PASS.clone())).close(); // complete and verified
    }

    @Test
    void aFileAlteredOnTheDriveFailsTheReadBackAndIsRemoved() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 4, 10);
        Path usb = Files.createDirectories(dir.resolve("usb"));
        // the drive "keeps" a different file than the one written: the read-back sees it
        VaultOptions lying = options().withFaults(s -> {
            if (s == AtomicFileWriter.Step.FORCE_DIRECTORY) {
                try (Stream<Path> files = Files.list(usb)) {
                    for (Path f : files.toList()) {
                        byte[] bytes = Files.readAllBytes(f);
                        bytes[bytes.length / 2] ^= 0x20;
                        Files.write(f, bytes);
                    }
                }
            }
        });
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            BackupException e = assertThrows(BackupException.class, () -> BackupExporter.export(database, usb, key, lying));
            assertEquals(BackupProblem.NOT_VERIFIED, e.problem());
        }
        assertEquals(List.of(), listing(usb));
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndAFolderGetsAFreshName() throws Exception {
        Database database = Database.createEmpty();
        Path taken = Files.writeString(dir.resolve("mine.json"), "precious");
        assertEquals(BackupProblem.ALREADY_EXISTS,
                assertThrows(BackupException.class, () -> BackupExporter.export(database, taken, null, options())).problem());
        assertEquals("precious", Files.readString(taken));
        Path first = BackupExporter.export(database, dir, null, options()).file();
        Path second = BackupExporter.export(database, dir, null, options()).file();
        assertEquals("nestling-backup-2026-11-26-1334.json", first.getFileName().toString());
        assertEquals("nestling-backup-2026-11-26-1334-2.json", second.getFileName().toString());
    }

    @Test
    void aMissingFolderIsNeverTurnedIntoAFileOfThatName() throws Exception {
        Database database = Database.createEmpty();
        Path unplugged = dir.resolve("STICK");
        assertEquals(BackupProblem.FOLDER_MISSING,
                assertThrows(BackupException.class, () -> BackupExporter.export(database, unplugged, null, options())).problem());
        assertEquals(BackupProblem.FOLDER_MISSING, assertThrows(BackupException.class,
                () -> BackupExporter.export(database, dir.resolve("gone/b.json"), null, options())).problem());
        assertEquals(BackupProblem.BAD_FILE_NAME, assertThrows(BackupException.class,
                () -> BackupExporter.export(database, dir.resolve("b.nestling"), null, options())).problem());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aVaultValueAnImportWouldRefuseFailsVerificationSoNoUnrestorableBackupIsCalledGood() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 5, 3);
        database.write(c -> {
            Family.exec(c, "UPDATE entry SET utc_offset = 100000"); // beyond ±18 h: no zone has it
            return null;
        });
        BackupException e = assertThrows(BackupException.class, () -> BackupExporter.export(database, dir, null, options()));
        assertEquals(BackupProblem.UNEXPORTABLE_VALUE, e.problem());
        assertEquals("$.entries[0].utcOffset", e.detail());
        assertEquals(List.of(), listing(dir));
    }

    private static void assertNothingPassesVerification(Path folder) throws IOException {
        for (Path file : listing(folder)) {
            assertThrows(BackupException.class, () -> BackupFiles.stage(file, BackupKeys.passphrase(PASS.clone())).close(),
                    "a leftover that verifies: " + file.getFileName());
        }
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
