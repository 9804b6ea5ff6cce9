package nestling.ui.about;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nestling.vault.Snapshots;
import nestling.vault.Vault;
import nestling.vault.VaultLocation;

/** What the About screen says about the files: sizes and counts read from the vault folder. */
record DataFacts(Path folder, long vaultBytes, int snapshots, long snapshotBytes, long logBytes) {

    /** Reads the folder (file I/O: call off the FX thread). */
    static DataFacts of(Path folder) throws IOException {
        Path vaultFile = Vault.vaultFile(folder);
        // the temp file between saves is a pruned snapshot kept back for the next save: counted with them
        Path spare = Vault.tempFile(folder);
        return new DataFacts(folder,
                Files.exists(vaultFile) ? Files.size(vaultFile) : 0,
                Snapshots.list(folder).size(),
                bytesIn(folder.resolve(VaultLocation.SNAPSHOT_DIRECTORY)) + (Files.isRegularFile(spare) ? Files.size(spare) : 0),
                bytesIn(folder.resolve(VaultLocation.LOG_DIRECTORY)));
    }

    private static long bytesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
