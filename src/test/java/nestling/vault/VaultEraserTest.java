package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultEraserTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path parent;

    @Test
    void erasesTheVaultSnapshotsAndLogsAndTheFolderWhenNothingElseIsInIt() throws Exception {
        Path vault = parent.resolve("nestling");
        fill(vault);
        assertTrue(Files.list(vault.resolve("snapshots")).findAny().isPresent(), "precondition: snapshots exist");

        VaultEraser.Result result = VaultEraser.erase(vault);

        assertEquals(List.of(), result.leftOver());
        assertFalse(Files.exists(vault), "the folder is gone");
    }

    @Test
    void neverDeletesAFileItDoesNotKnowAndSaysWhatIsLeft() throws Exception {
        Path vault = parent.resolve("home");
        fill(vault);
        Path photo = Files.writeString(vault.resolve("family-photo.jpg"), "not Nestling's");
        Path note = Files.writeString(vault.resolve("logs").resolve("my-notes.txt"), "not Nestling's either");

        VaultEraser.Result result = VaultEraser.erase(vault);

        assertEquals(java.util.Set.of(note, photo), java.util.Set.copyOf(result.leftOver()));
        assertTrue(Files.exists(photo) && Files.exists(note));
        assertFalse(Files.exists(vault.resolve(VaultLocation.VAULT_FILE)));
        assertFalse(Files.exists(vault.resolve(VaultLocation.LOCK_FILE)));
        assertFalse(Files.exists(vault.resolve("snapshots")));
        assertFalse(Files.exists(vault.resolve("logs").resolve("nestling.0.log")));
    }

    private static void fill(Path vault) throws Exception {
        try (Vault opened = Vault.create(vault, PASS, new byte[] {1, 2, 3}, VaultOptions.defaults().withFastKdfForTests())) {
            opened.save(new byte[] {4, 5, 6});
            opened.save(new byte[] {7, 8, 9});
        }
        Files.writeString(vault.resolve("snapshots").resolve("before-restore-20261126-101500.nestling"), "sealed");
        Files.writeString(vault.resolve("snapshots").resolve("before-merge-20261126-101500-2.nestling"), "sealed");
        Path logs = Files.createDirectories(vault.resolve(VaultLocation.LOG_DIRECTORY));
        Files.writeString(logs.resolve("nestling.0.log"), "2026-11-26 INFO unlocked");
        Files.writeString(logs.resolve("nestling.0.log.lck"), "");
        Files.writeString(vault.resolve(VaultLocation.LOCK_FILE), "");
    }
}
