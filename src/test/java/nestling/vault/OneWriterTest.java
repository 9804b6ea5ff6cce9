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
 * One writer always, even when {@code nestling.lock} is deleted or renamed while a vault is open (a
 * sync tool or a cleaner can): the OS lock guards the old file, so a second Nestling can lock a new
 * one. Whichever of the two would replace a vault file it did not load is refused, and nothing it
 * held is written. Real files, two vaults in one JVM (each on its own lock file inode).
 */
class OneWriterTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path lockFile() {
        return dir.resolve(VaultLocation.LOCK_FILE);
    }

    private String content() throws Exception {
        Vault.Opened opened = Vault.open(dir, PASS, VaultTest.options());
        try (Vault vault = opened.vault()) {
            return new String(opened.image(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFirstOpenerCannotOverwriteWhatTheSecondSavedAfterTheLockFileWasDeleted() throws Exception {
        Vault.create(dir, PASS, bytes("start"), VaultTest.options()).close();
        Vault first = Vault.open(dir, PASS, VaultTest.options()).vault();
        Files.delete(lockFile());
        try (Vault second = Vault.open(dir, PASS, VaultTest.options()).vault()) {
            second.save(bytes("B"));
            AnotherWriterException refused = assertThrows(AnotherWriterException.class, () -> first.save(bytes("A")));
            assertEquals(VaultProblem.CHANGED_ELSEWHERE, refused.problem());
            assertEquals(1, first.generation(), "a refused save does not advance");
        }
        // the second one has gone: the first takes the lock again, and still sees a file it never loaded
        assertThrows(AnotherWriterException.class, () -> first.save(bytes("A")));
        first.close();
        assertEquals("B", content());
        assertFalse(Files.exists(Vault.tempFile(dir)), "a refused save leaves no temp file");
    }

    @Test
    void whileTheSecondHoldsTheNewLockFileTheFirstMayNotSaveEvenIfTheFileIsUnchanged() throws Exception {
        Vault.create(dir, PASS, bytes("start"), VaultTest.options()).close();
        try (Vault first = Vault.open(dir, PASS, VaultTest.options()).vault()) {
            Files.move(lockFile(), dir.resolve("nestling.lock.old"));
            try (Vault second = Vault.open(dir, PASS, VaultTest.options()).vault()) {
                assertThrows(AnotherWriterException.class, () -> first.save(bytes("A")));
                second.save(bytes("B"));
            }
        }
        assertEquals("B", content());
    }

    @Test
    void aLockFileDeletedWhileNoOneElseCameIsTakenAgainByTheNextSave() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("start"), VaultTest.options())) {
            Files.delete(lockFile());
            vault.save(bytes("A"));
            assertTrue(Files.exists(lockFile()));
            assertEquals(VaultProblem.IN_USE,
                    assertThrows(VaultException.class, () -> Vault.open(dir, PASS, VaultTest.options())).problem(),
                    "the lock taken again keeps a second opener out");
            vault.save(bytes("A2"));
        }
        assertEquals("A2", content());
    }

    @Test
    void aVaultFileReplacedBehindAHeldLockIsNotOverwritten() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("start"), VaultTest.options())) {
            vault.save(bytes("mine"));
            byte[] older = Files.readAllBytes(Snapshots.list(dir).getFirst().file());
            // e.g. a sync tool putting back the copy it had
            Files.write(Vault.vaultFile(dir), older);
            assertThrows(AnotherWriterException.class, () -> vault.save(bytes("later")));
            assertArrayEquals(older, Files.readAllBytes(Vault.vaultFile(dir)));
        }
        assertEquals("start", content());
    }
}
