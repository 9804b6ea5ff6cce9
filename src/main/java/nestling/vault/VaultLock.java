package nestling.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The single-writer rule: an OS lock on {@code nestling.lock} held for as long as a vault is
 * unlocked. The OS drops it when the process dies, so a crash never leaves the vault stuck.
 *
 * <p>An OS lock guards a file, not a name: once a sync tool or a cleaner deletes or renames
 * {@code nestling.lock}, a second process creates a new one and locks that. So the lock remembers
 * the identity of the file it locked, and {@link #guardsPath()} tells whether the file at the path
 * is still that one. The identity is read with {@code stat}, never by opening the file: on POSIX,
 * closing any descriptor of a file drops every lock the process holds on it.
 */
public final class VaultLock implements AutoCloseable {
    /** Taking the lock again when the file changed under us; more tries mean someone keeps replacing it. */
    private static final int ATTEMPTS = 3;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object identity;

    private VaultLock(Path path, FileChannel channel, FileLock lock, Object identity) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.identity = identity;
    }

    public static VaultLock acquire(Path directory) throws VaultException {
        Path path = directory.resolve(VaultLocation.LOCK_FILE);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            FileChannel channel = null;
            try {
                Object before = identityOf(path);
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new VaultException(VaultProblem.IN_USE);
                }
                // The same file at the path before the open and after the lock: the locked file is the
                // one at the path. Otherwise it was created just now (by this call or another process)
                // or replaced in between, and taking it once more settles which file it is.
                Object after = identityOf(path);
                if (after != null && after.equals(before)) {
                    return new VaultLock(path, channel, lock, after);
                }
                lock.release();
                channel.close();
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new VaultException(VaultProblem.IN_USE);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new VaultException(VaultProblem.IO_ERROR, e);
            }
        }
        // the lock file keeps changing: something else is writing in the folder
        throw new VaultException(VaultProblem.IN_USE);
    }

    /** No lock at all: a {@link Vault#detached} vault has no folder to guard. */
    static VaultLock none() {
        return new VaultLock(null, null, null, null);
    }

    /**
     * The lock of a reader in a folder it cannot write: a shared lock on an existing
     * {@code nestling.lock}, so a writer that holds it (another user's Nestling) is still told
     * apart, or no lock at all when there is no such file or it cannot be locked (nobody can make
     * one in a read-only folder, so nobody writes there either). Never creates a file.
     */
    public static VaultLock shared(Path directory) throws VaultException {
        Path path = directory.resolve(VaultLocation.LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                channel.close();
                throw new VaultException(VaultProblem.IN_USE);
            }
            return new VaultLock(path, channel, lock, identityOf(path));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new VaultException(VaultProblem.IN_USE);
        } catch (IOException e) {
            closeQuietly(channel);
            return new VaultLock(path, null, null, null); // no file, unreadable, or no locks on this mount
        }
    }

    /**
     * True while the file at {@code nestling.lock} is still the one this lock holds; false once it
     * was deleted or replaced, when a second process could lock the new file and write too.
     */
    public boolean guardsPath() {
        try {
            return lock != null && lock.isValid() && identity.equals(identityOf(path));
        } catch (IOException e) {
            return false;
        }
    }

    /** What tells one file from another at the same path: its file key (device and inode) where there is one. */
    private static Object identityOf(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            // Windows has no file key; a file made again gets a new creation time
            return key != null ? key : attributes.creationTime();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing useful to do: the OS releases the lock when the process ends
            }
        }
    }
}
