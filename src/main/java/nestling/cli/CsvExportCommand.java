package nestling.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.CsvExport;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling export-csv --out DIR}: one spreadsheet file per entry type (not a backup). */
@Command(name = "export-csv", mixinStandardHelpOptions = true,
        description = "Write one CSV file per entry type for spreadsheets (unencrypted; cannot be imported back).")
final class CsvExportCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "An existing folder.")
    Path out;

    private final Console console;

    CsvExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Path> files;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            files = CsvExport.write(session.database(), out);
        } catch (BackupException e) {
            throw BackupCommands.failure(e);
        }
        console.err().println("Note: CSV files are not encrypted. Anyone who finds them can read them.");
        console.out().println("Wrote " + files.size() + " CSV file(s) to " + out + ":");
        files.forEach(f -> console.out().println("  " + f.getFileName()));
        return ExitCodes.OK;
    }
}
