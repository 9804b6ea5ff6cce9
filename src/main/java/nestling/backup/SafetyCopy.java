package nestling.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.time.format.DateTimeFormatter;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import nestling.vault.VaultOptions;

/**
 * Before a restore or a merge changes anything, the current state is saved as a verified backup
 * sealed with the vault's own key in the vault's {@code snapshots/} folder
 * ({@code before-restore-…nestling}); restoring that file undoes the import. Once the new copy is
 * written, older ones beyond {@link SafetyCopyRetention} are deleted.
 */
public final class SafetyCopy {
    private static final System.Logger LOG = System.getLogger(SafetyCopy.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SafetyCopy() {
    }

    public static Path write(VaultSession session, String what, VaultOptions options) throws BackupException {
        Path folder = session.vault().directory().resolve(VaultLocation.SNAPSHOT_DIRECTORY);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.WRITE_FAILED, WriteFailures.reason(e), e);
        }
        String stem = "before-" + what + "-" + STAMP.format(options.clock().instant());
        Path file = folder.resolve(stem + BackupFormat.SEALED_EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + BackupFormat.SEALED_EXTENSION);
        }
        Path written = BackupExporter.export(session.database(), file, session.vault().currentKey(), options).file();
        prune(folder, written, options);
        return written;
    }

    /** Best effort: the new copy is made and verified, so a copy that cannot be deleted is only logged. */
    private static void prune(Path folder, Path justMade, VaultOptions options) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "old safety copies were not pruned: " + WriteFailures.reason(e));
            return;
        }
        for (Path old : SafetyCopyRetention.toDelete(files, justMade, options.clock().instant())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "an old safety copy was not deleted: " + WriteFailures.reason(e));
            }
        }
    }
}
