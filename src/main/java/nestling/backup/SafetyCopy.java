package nestling.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import nestling.vault.VaultOptions;

/**
 * Before a restore or a merge changes anything, the current state is saved as a verified backup
 * sealed with the vault's own key in the vault's {@code snapshots/} folder
 * ({@code before-restore-…nestling}); restoring that file undoes the import.
 */
public final class SafetyCopy {
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
        return BackupExporter.export(session.database(), file, session.vault().currentKey(), options).file();
    }
}
