package nestling.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import nestling.vault.AnotherWriterException;
import nestling.vault.ReadOnlyVaultException;

/**
 * Why a save failed, as a kind a parent can act on: the window shows each in its own language, the
 * command line the English {@link #reason}. Never a path or data from inside the vault.
 */
public enum SaveFailure {
    /** Another Nestling took the vault over; its exception carries the words. */
    ANOTHER_WRITER(null),
    /** The vault folder or its mount is read-only; its exception carries the words. */
    READ_ONLY(null),
    DISK_FULL("The disk is full. Free some space; Nestling keeps trying."),
    NO_PERMISSION("Nestling may not write to the vault folder. Check its permissions; Nestling keeps trying."),
    NOT_REACHABLE("The vault folder is not reachable. Reconnect the drive; Nestling keeps trying."),
    OTHER("The vault could not be written. Nestling keeps trying; your entries are safe in memory.");

    private final String english;

    SaveFailure(String english) {
        this.english = english;
    }

    public static SaveFailure of(IOException failure) {
        if (failure instanceof AnotherWriterException) {
            return ANOTHER_WRITER;
        }
        if (failure instanceof ReadOnlyVaultException) {
            return READ_ONLY;
        }
        String text = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")) {
            return DISK_FULL;
        }
        if (failure instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission")) {
            return NO_PERMISSION;
        }
        if (failure instanceof NoSuchFileException || failure instanceof FileSystemException) {
            return NOT_REACHABLE;
        }
        return OTHER;
    }

    /** The English words for {@code failure} (the command line's, and the log's). */
    public static String reason(IOException failure) {
        SaveFailure kind = of(failure);
        return kind.english == null ? failure.getMessage() : kind.english;
    }
}
