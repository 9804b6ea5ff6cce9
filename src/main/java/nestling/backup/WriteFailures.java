package nestling.backup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** A short reason for a failed backup write that a parent can act on; never a path or data. */
public final class WriteFailures {
    private WriteFailures() {
    }

    public static String reason(IOException failure) {
        String text = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")) {
            return "the drive is full";
        }
        if (failure instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission")) {
            return "the drive refuses writes";
        }
        if (failure instanceof NoSuchFileException) {
            return "the drive or folder disappeared";
        }
        return "the write failed";
    }
}
