package nestling.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import nestling.vault.VaultLocation;

/**
 * The operations log: {@code logs/nestling.N.log} inside the vault directory (so "erase everything"
 * and a look at the folder find it), three files of 512 KiB at most. The core writes to it through
 * {@link System.Logger}; it records what happened (unlocked, saved generation 12 in 31 ms, a save
 * failed with an AccessDeniedException), never what a family wrote: see {@link SafeLogFormatter}.
 */
public final class ActivityLog {
    static final String DIRECTORY = VaultLocation.LOG_DIRECTORY;
    private static final int FILE_LIMIT_BYTES = 512 * 1024;
    private static final int FILE_COUNT = 3;

    private final Logger root;
    private Handler file;

    private ActivityLog(Logger root) {
        this.root = root;
    }

    /**
     * Takes over the JDK's root logger: removes its console handler, so a command's output stays
     * its own and nothing is printed on stderr behind the user's back. Call once, at start-up.
     */
    public static ActivityLog takeOver() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        return new ActivityLog(root);
    }

    /**
     * Starts writing to the log in an existing vault directory. Failing to log never stops Nestling: an
     * unwritable folder leaves the log off (the vault itself reports the folder's problem).
     */
    public synchronized void writeTo(Path vaultDirectory) {
        // Only beside a vault folder that exists: a mistyped --vault must not leave folders behind.
        if (file != null || !Files.isDirectory(vaultDirectory)) {
            return;
        }
        try {
            Path directory = Files.createDirectories(vaultDirectory.resolve(DIRECTORY));
            Handler handler = new RotatingLogFile(directory, FILE_LIMIT_BYTES, FILE_COUNT);
            handler.setFormatter(new SafeLogFormatter());
            root.addHandler(handler);
            file = handler;
        } catch (IOException | RuntimeException e) {
            // no log rather than no Nestling
        }
    }

    /** Stops writing to the file (tests, and the end of a command). */
    public synchronized void close() {
        if (file != null) {
            root.removeHandler(file);
            file.close();
            file = null;
        }
    }
}
