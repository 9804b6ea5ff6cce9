package nestling.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nestling}: without a subcommand it opens the window; with one it runs headless. Exit codes
 * follow the contract in the README (0 done, 2 usage, 3 wrong passphrase, 4 damaged file, 5 vault
 * open elsewhere, 6 not found or already exists, 1 anything else).
 */
@Command(
        name = "nestling",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A private, offline baby tracker. Without a command, opens the window.",
        subcommands = {InitCommand.class, CheckCommand.class, ChangePassphraseCommand.class, GrowthCommand.class,
            ExportCommand.class, ImportCommand.class, VerifyBackupCommand.class, CsvExportCommand.class,
            CommandLine.HelpCommand.class})
public final class NestlingCommand implements Callable<Integer> {

    @Option(names = "--vault", paramLabel = "DIR",
            description = "Vault directory (default: $NESTLING_HOME, else the OS data folder).")
    private Path vaultDirectory;

    private final WindowOpener windowOpener;
    private final Console console;

    NestlingCommand(WindowOpener windowOpener, Console console) {
        this.windowOpener = windowOpener;
        this.console = console;
    }

    /** Parses {@code args}, runs the command on the process's console and returns its exit code. */
    public static int run(String[] args, WindowOpener windowOpener) {
        return run(args, windowOpener, Console.system());
    }

    /** Parses {@code args}, runs the command on {@code console} and returns its exit code. */
    public static int run(String[] args, WindowOpener windowOpener, Console console) {
        CommandLine commandLine = new CommandLine(new NestlingCommand(windowOpener, console), new CommandFactory(console));
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        windowOpener.open(VaultDirectory.resolve(vaultDirectory, console.environment()));
        return ExitCodes.OK;
    }
}
