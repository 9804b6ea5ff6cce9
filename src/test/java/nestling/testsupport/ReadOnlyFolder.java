package nestling.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder really read-only for this process, as a read-only mount would. Permissions stop
 * an ordinary user but not root (CI runs the tests as root), so root sets the folder's immutable
 * attribute ({@code chattr +i}, which stops root too) instead. Where neither works (no chattr, a
 * filesystem without the attribute) the test is skipped, saying why. Close it to undo.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            assumeTrue(chattr("+i", folder), "running as root, where permissions do not stop writes, and chattr +i"
                    + " is not available here: a read-only folder cannot be made");
        } else {
            assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "no POSIX permissions here");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        assumeTrue(!Files.isWritable(folder), "the folder still counts as writable");
        return new ReadOnlyFolder(folder, root);
    }

    private static boolean chattr(String change, Path folder) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", change, folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
