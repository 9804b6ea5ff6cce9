package nestling.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The single-writer rule: an OS lock on {@code nestling.lock} held for as long as a vault is
 * unlocked. The OS drops it when the process dies, so a crash never leaves the vault stuck.
 */
public final class VaultLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static VaultLock acquire(Path directory) throws VaultException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(VaultLocation.LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new VaultException(VaultProblem.IN_USE);
            }
            return new VaultLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new VaultException(VaultProblem.IN_USE);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultException(VaultProblem.IO_ERROR, e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
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
