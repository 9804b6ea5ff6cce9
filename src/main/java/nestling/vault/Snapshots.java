package nestling.vault;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code snapshots/} folder. Before each save replaces the vault file, the file about to be
 * replaced is hard-linked here (costs no copy; falls back to a copy where links are unsupported),
 * then old generations are pruned by {@link SnapshotPolicy}.
 */
public final class Snapshots {
    private final Path directory;
    private final Clock clock;

    Snapshots(Path vaultDirectory, Clock clock) {
        this.directory = vaultDirectory.resolve(VaultLocation.SNAPSHOT_DIRECTORY);
        this.clock = clock;
    }

    /** Snapshots newest first, for the unlock screen when the main file is damaged. */
    public static List<Snapshot> list(Path vaultDirectory) throws IOException {
        Path directory = vaultDirectory.resolve(VaultLocation.SNAPSHOT_DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Snapshot> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(f -> Snapshot.parse(f).ifPresent(found::add));
        }
        found.sort(Comparator.comparingLong(Snapshot::generation).reversed());
        return found;
    }

    /** Keeps the current vault file as a snapshot of {@code generation}. */
    void keep(Path vaultFile, long generation) throws IOException {
        if (!Files.exists(vaultFile)) {
            return;
        }
        Files.createDirectories(directory);
        Path snapshot = directory.resolve(Snapshot.fileName(generation, Files.getLastModifiedTime(vaultFile).toInstant()));
        try {
            Files.createLink(snapshot, vaultFile);
        } catch (FileAlreadyExistsException e) {
            return;
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(vaultFile, snapshot, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves a damaged vault file aside (into snapshots/, never deleted) before it is replaced. */
    void setAsideDamaged(Path vaultFile) throws IOException {
        if (Files.exists(vaultFile)) {
            Files.createDirectories(directory);
            Files.move(vaultFile, directory.resolve("damaged-" + clock.millis() + ".vault"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes the snapshots {@link SnapshotPolicy} no longer keeps. The first of them whose file
     * has no other name becomes {@code spare} (when there is none yet) instead of being deleted:
     * the next save writes its temp file there, over blocks the disk already holds, which syncs in
     * about half the time (15 instead of 29 ms for 30 MB here). Its old content is ciphertext of an
     * older generation, and the save overwrites or cuts off all of it.
     */
    void prune(Path spare) throws IOException {
        List<Snapshot> all = list(directory.getParent());
        Set<Snapshot> keep = SnapshotPolicy.toKeep(all, clock.instant(), clock.getZone());
        boolean spareWanted = spare != null && !Files.exists(spare);
        for (Snapshot snapshot : all) {
            if (!keep.contains(snapshot)) {
                if (spareWanted && onlyName(snapshot.file())) {
                    Files.move(snapshot.file(), spare);
                    spareWanted = false;
                } else {
                    Files.deleteIfExists(snapshot.file());
                }
            }
        }
    }

    /**
     * Whether {@code file} is its data's only name: a snapshot hard-linked elsewhere (a restored
     * vault file) must never be overwritten. Unknown (no POSIX link count, e.g. Windows) means no.
     */
    private static boolean onlyName(Path file) {
        try {
            return Files.getAttribute(file, "unix:nlink") instanceof Integer links && links == 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
