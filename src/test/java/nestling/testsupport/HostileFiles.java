package nestling.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Files a hostile or unlucky world hands over in place of a vault or a backup: a pipe, a link to
 * an endless device, a file gigabytes long. The long ones are sparse, so they cost no disk and no
 * time to make; only a reader that reads them whole pays.
 */
public final class HostileFiles {
    public static final long GIB = 1L << 30;

    private HostileFiles() {
    }

    /** A named pipe at {@code path} (skips the test where there is no mkfifo, e.g. Windows). */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "no named pipes in the file system");
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return path;
    }

    /** A symbolic link at {@code path} to {@code /dev/zero} (skips the test where there is none). */
    public static Path linkToDevZero(Path path) throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero");
        return Files.createSymbolicLink(path, zero);
    }

    /** Makes {@code file} {@code length} bytes long, extended with a hole (reads as zeros, costs no disk). */
    public static Path sparse(Path file, long length) throws IOException {
        try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
            open.setLength(length);
        }
        return file;
    }
}
