package nestling.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nestling open FILE}: the window, opening a backup (a copy for family) to look at, without
 * a vault: the passphrase is asked for in the window, the copy is read into memory, and nothing is
 * written to disk. Double-clicking a {@code .nestling} file does the same.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open a backup or a copy for family in the window, read-only, without a vault:"
            + " nothing is written to disk. The window asks for the copy's passphrase.",
            "Double-clicking a .nestling file does the same."})
final class OpenCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Parameters(paramLabel = "FILE", description = "The backup to look at (.nestling, or a plain .json).")
    Path file;

    private final WindowOpener windowOpener;
    private final Console console;

    OpenCommand(WindowOpener windowOpener, Console console) {
        this.windowOpener = windowOpener;
        this.console = console;
    }

    @Override
    public Integer call() {
        // The vault folder is named only so the window can offer to unlock it instead; it is not read here.
        windowOpener.open(vault.resolve(console.environment()), NestlingCommand.existing(file));
        return ExitCodes.OK;
    }
}
