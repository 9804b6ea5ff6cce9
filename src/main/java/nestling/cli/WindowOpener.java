package nestling.cli;

import java.nio.file.Path;

/** What the command line does when it is given no subcommand: open the window. */
@FunctionalInterface
public interface WindowOpener {
    void open(Path vaultDirectory);
}
