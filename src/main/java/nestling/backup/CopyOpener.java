package nestling.backup;

import java.nio.file.Path;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * Opens a backup (any backup, a copy for family included) to be looked at, without a vault: read,
 * decrypted and checked exactly as an import reads it, into a database in memory that refuses every
 * change. Nothing is written anywhere: no vault file, no lock file, no log, no merge point.
 */
public final class CopyOpener {
    private CopyOpener() {
    }

    /** @param passphrase the copy's passphrase; null for a plain {@code .json} backup */
    public static VaultSession open(Path file, char[] passphrase, VaultOptions options) throws BackupException {
        StagedBackup staged = BackupFiles.stage(file, BackupKeys.passphrase(passphrase));
        try {
            return VaultSession.ofCopy(staged.database(), staged.info().createdAt(), options);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }
}
