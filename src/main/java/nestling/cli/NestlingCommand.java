package nestling.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nestling}: without a subcommand it opens the window; with one it runs headless. A bare
 * {@code FILE.nestling} (what the installers' file association passes) opens the window too, on the
 * screen that opens that file as a copy to look at (as {@code nestling open FILE} does). Exit codes follow the contract in the README (0 done, 2 usage, 3 wrong
 * passphrase, 4 damaged file, 5 vault open elsewhere, 6 not found or already exists, 1 anything
 * else).
 */
@Command(
        name = "nestling",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A private, offline baby tracker. Without a command, opens the window.")
public final class NestlingCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order --help lists them. Not in the annotation: picocli would build
     * its model of every one of them (their options, by reflection) at every start, about a third
     * of a {@code log}'s start besides the KDF (issue 20); {@link #subcommandsFor} picks what a
     * command line needs.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, CheckCommand.class, SnapshotsCommand.class,
            RestoreSnapshotCommand.class, ChangePassphraseCommand.class, GrowthCommand.class,
            BabyCommand.class, LogCommand.class, BatchCommand.class, ListCommand.class, TimerCommand.class, HeldCommand.class,
            StatsCommand.class,
            NextCommand.class, HandoverCommand.class, RemindersCommand.class,
            ReportCommand.class,
            ExportCommand.class, OpenCommand.class, ImportCommand.class, ImportFromCommand.class, SyncCommand.class,
            VerifyBackupCommand.class, CsvExportCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--vault", paramLabel = "DIR",
            description = "Vault directory (default: $NESTLING_HOME, else the OS data folder).")
    private Path vaultDirectory;

    @Parameters(arity = "0..1", paramLabel = "FILE" + BACKUP_EXTENSION,
            description = "A Nestling backup to open in the window (double-clicking one does this).")
    private Path backupFile;

    /** The file name extension of Nestling backups; the installers associate it with Nestling. */
    public static final String BACKUP_EXTENSION = ".nestling";

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
        if (args.length == 0) {
            // The window, as the desktop icon starts it: nothing to parse, so picocli's model of
            // every command (about 180 classes) is not built on the way to the first frame.
            try {
                return new NestlingCommand(windowOpener, console).call();
            } catch (RuntimeException e) {
                int exitCode = ExitCodes.report(e, console.err());
                console.err().flush();
                return exitCode;
            }
        }
        Integer logged = LogCommand.runAlone(args, new CommandFactory(console, windowOpener), console);
        if (logged != null) {
            return logged;
        }
        CommandLine commandLine = new CommandLine(new NestlingCommand(windowOpener, console), new CommandFactory(console, windowOpener));
        List<Class<?>> subcommands = subcommandsFor(args);
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        CommandLine log = commandLine.getSubcommands().get("log");
        if (log != null) {
            // `nestling log TYPE ...`: only that type's model; every one when log is not named first
            LogCommand.addTypes(log, subcommands.size() == 1 ? List.of(args).subList(1, args.length) : List.of());
        }
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine.execute(args);
    }

    /**
     * Only the subcommand named first ({@code nestling log ...}, the way scripts call it); every one
     * otherwise: global options first, {@code help}, a mistyped name (picocli's suggestions need
     * them all), the root's --help.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (subcommand != CommandLine.HelpCommand.class && command.name().equals(args[0])) {
                return List.of(subcommand);
            }
        }
        return SUBCOMMANDS;
    }

    @Override
    public Integer call() {
        Path vault = VaultDirectory.resolve(vaultDirectory, console.environment());
        if (backupFile == null) {
            windowOpener.open(vault);
            return ExitCodes.OK;
        }
        // Without this check a mistyped command ("nestling inti") would open the window.
        String name = backupFile.getFileName() == null ? "" : backupFile.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(BACKUP_EXTENSION)) {
            throw new CliFailure(ExitCodes.USAGE, "unknown command or file '" + backupFile
                    + "'; see nestling --help (backup files end in " + BACKUP_EXTENSION + ").");
        }
        windowOpener.open(vault, existing(backupFile));
        return ExitCodes.OK;
    }

    /** The file's absolute path, or a failure saying there is no such file. */
    static Path existing(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "no backup file at " + backupFile.toAbsolutePath() + ".");
        }
        return backupFile.toAbsolutePath();
    }
}
