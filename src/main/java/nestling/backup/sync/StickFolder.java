package nestling.backup.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Set;
import nestling.backup.BackupException;
import nestling.backup.BackupExporter;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupProblem;
import nestling.backup.BackupScope;
import nestling.backup.StagedBackup;
import nestling.backup.WriteFailures;
import nestling.store.Database;
import nestling.vault.AtomicFileWriter;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;

/**
 * The family file on a sync stick, and the older good copy kept beside it. A new file is written
 * under a third name (itself through a temporary file, forced, renamed, then read back, decrypted
 * and checked: {@link BackupExporter}); only once it is verified does the current file become the
 * previous one and the new one the current one, by renames. A stick pulled at any moment therefore
 * keeps a good copy, and a half-written file never passes verification (the encryption's
 * authentication covers every byte and the length).
 */
public final class StickFolder {
    /** The file a family's laptops sync through. */
    public static final String FAMILY_FILE = "nestling-family.nestling";
    /** The family file as it was before the last sync that wrote the stick. */
    public static final String PREVIOUS_FILE = "nestling-family.previous.nestling";
    /** A new family file while it is written and checked. */
    static final String NEXT_FILE = "nestling-family.next.nestling";
    /** Failures of the current file after which the older copy is tried: damage, not a passphrase or a pulled stick. */
    private static final Set<BackupProblem> DAMAGE = EnumSet.of(BackupProblem.DAMAGED, BackupProblem.NOT_A_BACKUP,
            BackupProblem.VAULT_NOT_BACKUP, BackupProblem.INVALID_JSON, BackupProblem.SCHEMA_VIOLATION,
            BackupProblem.DUPLICATE_ID, BackupProblem.IMPOSSIBLE_VALUE, BackupProblem.OVERSIZED, BackupProblem.NOT_A_FILE);

    private final Path folder;

    public StickFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * What was read: the staged family file (null when the stick holds none yet), whether it was the
     * older copy, and why the current one could not be used (null when it was).
     */
    record Read(StagedBackup staged, boolean olderCopy, BackupProblem currentProblem) {
    }

    Read read(BackupKeys keys) throws BackupException {
        if (!Files.isDirectory(folder)) {
            throw new BackupException(BackupProblem.FOLDER_MISSING);
        }
        Path current = folder.resolve(FAMILY_FILE);
        Path previous = folder.resolve(PREVIOUS_FILE);
        BackupException currentFailure = null;
        if (Files.exists(current)) {
            try {
                return new Read(BackupFiles.stage(current, keys), false, null);
            } catch (BackupException e) {
                if (!DAMAGE.contains(e.problem())) {
                    throw e;
                }
                currentFailure = e;
            }
        }
        if (Files.exists(previous)) {
            try {
                return new Read(BackupFiles.stage(previous, keys), true,
                        currentFailure == null ? BackupProblem.NOT_FOUND : currentFailure.problem());
            } catch (BackupException e) {
                throw currentFailure != null ? currentFailure : e;
            }
        }
        if (currentFailure != null) {
            throw currentFailure;
        }
        return new Read(null, false, null);
    }

    /**
     * Writes {@code database} as the new family file, verified, then puts it in place; the current
     * file becomes the previous one when it was good ({@code currentGood}), else it is dropped and
     * the previous good copy stays. On failure the stick holds what it held before.
     */
    BackupExporter.Result write(Database database, SealedFile.Key key, VaultOptions options, String stickId,
            boolean currentGood) throws BackupException {
        Path next = folder.resolve(NEXT_FILE);
        Path current = folder.resolve(FAMILY_FILE);
        try {
            Files.deleteIfExists(next); // left by a sync cut short; never read
            Files.deleteIfExists(next.resolveSibling(NEXT_FILE + ".tmp"));
        } catch (IOException e) {
            throw failure(e);
        }
        BackupExporter.Result written = BackupExporter.export(database, next, key, BackupScope.EVERYTHING, options,
                stickId);
        try {
            if (Files.exists(current)) {
                if (currentGood) {
                    Files.move(current, folder.resolve(PREVIOUS_FILE), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(current);
                }
            }
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
            AtomicFileWriter.forceDirectory(folder);
        } catch (IOException e) {
            throw failure(e);
        }
        return new BackupExporter.Result(current, written.encrypted(), written.counts(), written.bytes(),
                written.createdAt());
    }

    private BackupException failure(IOException e) {
        if (!Files.isDirectory(folder)) {
            return new BackupException(BackupProblem.DRIVE_GONE, null, e);
        }
        return new BackupException(BackupProblem.WRITE_FAILED, WriteFailures.reason(e), e);
    }
}
