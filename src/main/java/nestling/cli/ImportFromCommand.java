package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.imports.ImportFormatException;
import nestling.imports.ImportFormats;
import nestling.imports.ImportPlan;
import nestling.imports.ImportPlanner;
import nestling.imports.ImportProblem;
import nestling.imports.ImportWriter;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceFormat;
import nestling.imports.SourceReading;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nestling import-from huckleberry|nara|… --in FILE_OR_FOLDER}: reads another app's export,
 * shows what it holds and what will be imported, skipped as a duplicate or refused (and why), then
 * adds it in one transaction after a safety copy, as a backup merge does. Importing the same file
 * again adds nothing. "Imported" is printed only once the vault is saved.
 */
@Command(name = "import-from", mixinStandardHelpOptions = true,
        description = "Bring your history from another baby tracker (Huckleberry, Nara Baby, …).")
final class ImportFromCommand implements Callable<Integer> {
    enum Units { metric, us }

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Parameters(index = "0", paramLabel = "APP", description = "The app the export comes from: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatNames.class)
    String app;

    @Option(names = "--in", paramLabel = "FILE_OR_FOLDER", required = true,
            description = "The other app's export: its CSV file, or a folder of them (one per child).")
    Path in;

    @Option(names = "--baby", paramLabel = "NAME", description = "The Nestling baby a one-baby file belongs to.")
    String baby;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The time zone the file's times were written in, such as Europe/Berlin (default: this computer's).")
    String zone;

    @Option(names = "--units", paramLabel = "metric|us",
            description = "The units of amounts the file writes without a unit.")
    Units units;

    @Option(names = "--dry-run", description = "Check the file and show what would be imported; change nothing.")
    boolean dryRun;

    private final Console console;

    ImportFromCommand(Console console) {
        this.console = console;
    }

    /** The names the command line accepts, from the one list of formats. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ImportFormats.all().stream().map(SourceFormat::name).iterator();
        }
    }

    @Override
    public Integer call() {
        SourceFormat format = ImportFormats.named(app).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                "Nestling cannot import from '" + app + "': choose one of " + String.join(", ",
                        ImportFormats.all().stream().map(SourceFormat::name).toList())));
        ZoneId zoneId = zone();
        SourceAnswers answers = new SourceAnswers(units == null ? null
                : units == Units.us ? SourceAnswers.UnitSystem.US : SourceAnswers.UnitSystem.METRIC, zoneId);
        SourceReading reading;
        try {
            reading = format.read(in, answers);
        } catch (ImportFormatException e) {
            throw new CliFailure(ExitCodes.DAMAGED, e.getMessage());
        }
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Instant now = Instant.now();
            ImportPlan plan = plan(session, format, reading, zoneId, now);
            print(plan.summary().lines());
            if (dryRun) {
                ImportWriter.check(plan, session.database(), now);
                console.out().println("Dry run: nothing was changed.");
                return ExitCodes.OK;
            }
            if (plan.addsNothing()) {
                console.out().println("Nothing to import: Nestling already has everything this file holds.");
                return ExitCodes.OK;
            }
            ImportWriter.Written written = ImportWriter.write(session, plan, VaultOptions.defaults());
            save(session);
            console.out().println("Imported " + plan.entries().size() + " entries" + (plan.newBabies().isEmpty() ? ""
                    : " and added " + plan.newBabies().size() + (plan.newBabies().size() == 1 ? " baby" : " babies"))
                    + ". To undo, restore the safety copy: " + written.safetyCopy());
            return ExitCodes.OK;
        } catch (BackupException e) {
            throw BackupCommands.failure(e);
        }
    }

    private ImportPlan plan(VaultSession session, SourceFormat format, SourceReading reading, ZoneId zoneId,
            Instant now) {
        try {
            return ImportPlanner.plan(session.database(), format, reading, baby, zoneId, now);
        } catch (ImportProblem e) {
            throw new CliFailure(e.kind() == ImportProblem.Kind.NO_SUCH_BABY ? ExitCodes.NOT_FOUND_OR_EXISTS
                    : ExitCodes.USAGE, e.getMessage());
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            return CliTime.zone(console.environment());
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new CliFailure(ExitCodes.USAGE, "--zone must be a time zone such as Europe/Berlin or America/New_York,"
                    + " got '" + zone + "'");
        }
    }

    private void print(List<String> lines) {
        lines.forEach(console.out()::println);
    }

    private static void save(VaultSession session) {
        try {
            session.flush();
        } catch (IOException e) {
            throw VaultCommands.saveFailure(e, "the import was applied in memory, but the vault could not be saved (%s);"
                    + " the vault on disk is as it was. Check the disk and try again.");
        }
    }
}
