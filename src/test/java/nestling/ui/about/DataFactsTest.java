package nestling.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import nestling.vault.Vault;
import nestling.vault.VaultLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Your data" counts every byte Nestling keeps: the snapshot held back for the next save too. */
class DataFactsTest {
    @TempDir
    Path folder;

    @Test
    void theSnapshotKeptBackForTheNextSaveCountsWithTheSnapshots() throws Exception {
        Files.write(Vault.vaultFile(folder), new byte[1000]);
        Path snapshots = Files.createDirectories(folder.resolve(VaultLocation.SNAPSHOT_DIRECTORY));
        Files.write(snapshots.resolve("gen-000000000002-1700000000000.vault"), new byte[300]);
        Files.write(Vault.tempFile(folder), new byte[200]);
        Files.createDirectories(folder.resolve(VaultLocation.LOG_DIRECTORY));

        DataFacts facts = DataFacts.of(folder);
        assertEquals(1000, facts.vaultBytes());
        assertEquals(1, facts.snapshots());
        assertEquals(500, facts.snapshotBytes());
    }
}
