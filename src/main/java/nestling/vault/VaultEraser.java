package nestling.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Erase everything": deletes the vault, its snapshots, its leftovers and the operations log, and
 * only files Nestling itself names. The folder may be one a parent chose with {@code --vault} (even
 * their home folder), so nothing is deleted recursively and anything unknown is left and reported.
 * The caller locks first (closing the session and the log) so no file is still being written.
 */
public final class VaultEraser {
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(" + Pattern.quote(VaultLocation.VAULT_FILE) + "|" + Pattern.quote(InboxKeyFile.NAME)
                    + "|nestling\\.lock-screen)(" + Pattern.quote(AtomicFileWriter.TEMP_SUFFIX) + ".*)?|"
                    // logging while locked: the inbox (merged at the unlock before), its kept copies, the lock screen's names
                    + Pattern.quote(InboxFile.NAME) + "(\\.refused-\\d+)?|" + Pattern.quote(VaultLocation.LOCK_FILE));
    // Snapshots, damaged files set aside, and the backup's safety copies before a restore or merge.
    private static final Pattern SNAPSHOT = Pattern.compile(
            "((gen-\\d{12}-\\d{13}|damaged-\\d+)\\.vault|before-[a-z]+-\\d{8}-\\d{6}(-\\d+)?\\.nestling)(\\.tmp.*)?");
    private static final Pattern LOG = Pattern.compile("nestling\\.\\d+\\.log(\\.\\d+)?(\\.lck)?");

    private VaultEraser() {
    }

    /** What an erase left behind: files it did not recognise (never deleted), empty when all is gone. */
    public record Result(List<Path> leftOver) {
    }

    public static Result erase(Path directory) throws IOException {
        List<Path> leftOver = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new Result(leftOver);
        }
        deleteMatching(directory.resolve(VaultLocation.SNAPSHOT_DIRECTORY), SNAPSHOT, leftOver);
        deleteMatching(directory.resolve(VaultLocation.LOG_DIRECTORY), LOG, leftOver);
        deleteMatching(directory, TOP_LEVEL, leftOver);
        // A sub-folder still there holds unknown files, which are listed themselves.
        leftOver.removeIf(path -> path.getFileName().toString().equals(VaultLocation.SNAPSHOT_DIRECTORY)
                || path.getFileName().toString().equals(VaultLocation.LOG_DIRECTORY));
        return new Result(List.copyOf(leftOver));
    }

    private static void deleteMatching(Path directory, Pattern names, List<Path> leftOver) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && names.matcher(file.getFileName().toString()).matches()) {
                    Files.delete(file);
                } else {
                    leftOver.add(file);
                }
            }
        }
        if (isEmpty(directory)) {
            Files.delete(directory);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            return !files.iterator().hasNext();
        }
    }
}
