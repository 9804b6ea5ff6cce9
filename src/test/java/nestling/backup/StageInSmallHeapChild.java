package nestling.backup;

import java.nio.file.Path;

/**
 * The child process of {@link BackupMemoryTest}: stages one backup file (run with a heap much
 * smaller than the file) and prints {@code STAGED <entries>}. An OutOfMemoryError ends it with a
 * non-zero exit. Arguments: the file, and a passphrase when it is sealed.
 */
public final class StageInSmallHeapChild {
    private StageInSmallHeapChild() {
    }

    public static void main(String[] args) throws Exception {
        BackupKeys keys = args.length > 1 ? BackupKeys.passphrase(args[1].toCharArray()) : BackupKeys.none();
        try (StagedBackup staged = BackupFiles.stage(Path.of(args[0]), keys)) {
            System.out.println("STAGED " + staged.info().counts().get("entries"));
        }
    }
}
