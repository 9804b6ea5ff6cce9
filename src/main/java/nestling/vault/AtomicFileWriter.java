package nestling.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: write a
 * temp file in the same directory, force it to the device, rename it over the target, then force
 * the directory so the rename itself is durable (not possible on Windows, where NTFS journals it).
 */
public final class AtomicFileWriter {
    /** The steps of a save, named so tests can inject an I/O error before any one of them. */
    public enum Step { CREATE_TEMP, WRITE_BLOCK, FORCE_FILE, BEFORE_RENAME, RENAME, FORCE_DIRECTORY }

    /** Called before each step; the real writer does nothing, tests throw to simulate a failing disk. */
    @FunctionalInterface
    public interface Faults {
        Faults NONE = step -> { };

        void before(Step step) throws IOException;
    }

    /** Work to do after the temp file is durable and before it replaces the target (e.g. a snapshot). */
    @FunctionalInterface
    interface BeforeRename {
        void run() throws IOException;
    }

    /**
     * The new content is in place, but the directory could not be forced: a power cut may still undo
     * it (and a drive pulled at that moment may or may not keep it).
     */
    public static final class ReplacedButNotDurable extends IOException {
        private static final long serialVersionUID = 1L;

        ReplacedButNotDurable(IOException cause) {
            super("the vault was written but the folder could not be synced", cause);
        }
    }

    static final String TEMP_SUFFIX = ".tmp";
    private static final int BLOCK = 1 << 20;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private final Faults faults;

    AtomicFileWriter(Faults faults) {
        this.faults = faults;
    }

    /**
     * Writes {@code content} as {@code target} the same careful way a vault save does (temp file
     * named {@code target + ".tmp"}, forced, renamed, directory forced), for files outside the vault
     * such as backups. A failure before the rename leaves no file under the target's name.
     */
    public static void writeAtomically(Path target, byte[] content, Faults faults) throws IOException {
        new AtomicFileWriter(faults).replace(target, content, () -> { });
    }

    static Path tempFor(Path target) {
        return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    }

    /** Content produced while it is written (a vault file sealed batch by batch). */
    @FunctionalInterface
    interface Content {
        void writeTo(ByteSink sink) throws IOException;
    }

    void replace(Path target, byte[] content, BeforeRename beforeRename) throws IOException {
        replace(target, sink -> {
            for (int offset = 0; offset < content.length; offset += BLOCK) {
                sink.write(content, offset, Math.min(BLOCK, content.length - offset));
            }
        }, beforeRename);
    }

    void replace(Path target, Content content, BeforeRename beforeRename) throws IOException {
        Path temp = tempFor(target);
        boolean renamed = false;
        try {
            faults.before(Step.CREATE_TEMP);
            // Not truncated first: a temp file left from before (the vault keeps a pruned snapshot as
            // one, see Snapshots#prune) is overwritten in place, and a filesystem overwriting blocks it
            // already holds syncs them in about half the time of allocating new ones. Whatever is left
            // past the new end is cut off before the sync.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                content.writeTo((bytes, offset, length) -> {
                    faults.before(Step.WRITE_BLOCK);
                    ByteBuffer block = ByteBuffer.wrap(bytes, offset, length);
                    while (block.hasRemaining()) {
                        channel.write(block);
                    }
                });
                channel.truncate(channel.position());
                faults.before(Step.FORCE_FILE);
                channel.force(true);
            }
            faults.before(Step.BEFORE_RENAME);
            beforeRename.run();
            faults.before(Step.RENAME);
            moveWithRetry(temp, target);
            renamed = true;
            try {
                faults.before(Step.FORCE_DIRECTORY);
                forceDirectory(target.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new ReplacedButNotDurable(e);
            }
        } finally {
            if (!renamed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is encrypted and is overwritten by the next save
                }
            }
        }
    }

    /** Windows refuses a rename while another program (an indexer, a virus scanner) has the file open. */
    private static void moveWithRetry(Path temp, Path target) throws IOException {
        long delayMillis = 50;
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AccessDeniedException e) {
                if (!WINDOWS || attempt >= 6) {
                    throw e;
                }
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delayMillis *= 2;
            }
        }
    }

    /** Makes a rename in {@code directory} durable (a no-op on Windows, which has no such call). */
    public static void forceDirectory(Path directory) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
