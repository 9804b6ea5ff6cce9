package nestling.cli;

import java.nio.file.Path;

/**
 * What the command line does when it is given no subcommand: open the window. When the window
 * cannot open at all, {@code open} throws {@link WindowNotOpened} with a message for the user.
 */
@FunctionalInterface
public interface WindowOpener {
    void open(Path vaultDirectory);

    /**
     * Opens the window with a backup file to offer for restore or merge (a {@code .nestling} file
     * opened from the desktop). Until the window can do that, it opens as usual.
     */
    default void open(Path vaultDirectory, Path backupFile) {
        open(vaultDirectory);
    }
}
