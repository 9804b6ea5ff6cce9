package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault in a folder that cannot be written (a read-only mount, a copy without write permission)
 * opens for reading: no lock file is created, no old temp file is pruned, and a save is refused by
 * name with nothing written. Whether the folder counts as writable is decided through
 * {@link VaultOptions#withFolderWritable}, so this runs in-process, as root too.
 */
class ReadOnlyVaultTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFolderThatCannotBeWrittenOpensReadOnlyAndWritesNothing() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("first"), VaultTest.options())) {
            vault.save(bytes("second"));
        }
        Files.delete(dir.resolve(VaultLocation.LOCK_FILE));
        Path leftover = Files.write(Vault.tempFile(dir), bytes("an old snapshot kept back as the next temp file"));
        byte[] before = Files.readAllBytes(Vault.vaultFile(dir));

        VaultOptions readOnly = VaultTest.options().withFolderWritable(folder -> false);
        Vault.Opened opened = Vault.open(dir, PASS, readOnly);
        try (Vault vault = opened.vault()) {
            assertArrayEquals(bytes("second"), opened.image());
            assertTrue(vault.readOnly());
            ReadOnlyVaultException refused = assertThrows(ReadOnlyVaultException.class, () -> vault.save(bytes("third")));
            assertEquals(VaultProblem.READ_ONLY, refused.problem());
            assertTrue(refused.getMessage().contains("read-only") && refused.getMessage().contains("nothing was saved"));
            vault.pruneSnapshots();
        }
        assertFalse(Files.exists(dir.resolve(VaultLocation.LOCK_FILE)), "a lock file was created");
        assertTrue(Files.exists(leftover), "the old temp file was pruned");
        assertArrayEquals(before, Files.readAllBytes(Vault.vaultFile(dir)));

        // the same folder, writable again, opens for writing as before
        Vault.Opened again = Vault.open(dir, PASS, VaultTest.options());
        try (Vault vault = again.vault()) {
            assertFalse(vault.readOnly());
            vault.save(bytes("third"));
        }
    }

    @Test
    void aReaderTakesASharedLockSoAWriterHoldingTheVaultIsStillToldApart() throws Exception {
        try (Vault writer = Vault.create(dir, PASS, bytes("first"), VaultTest.options())) {
            VaultException busy = assertThrows(VaultException.class,
                    () -> Vault.open(dir, PASS, VaultTest.options().withFolderWritable(folder -> false)));
            assertEquals(VaultProblem.IN_USE, busy.problem());
        }
        Vault.Opened reader = Vault.open(dir, PASS, VaultTest.options().withFolderWritable(folder -> false));
        try (Vault vault = reader.vault()) {
            assertEquals(VaultProblem.IN_USE,
                    assertThrows(VaultException.class, () -> Vault.open(dir, PASS, VaultTest.options())).problem(),
                    "a writer while a reader holds the shared lock");
        }
    }
}
