package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.growth.WhoStandards;
import nestling.report.Paper;
import nestling.report.ReportData;
import nestling.report.ReportDataBuilder;
import nestling.report.ReportFile;
import nestling.report.ReportPdf;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling report}: the PDF for the pediatrician, for a range of days. Made offline. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a PDF for the pediatrician: details, averages, growth with WHO scores and charts,"
                + " medicines, temperatures, notes and milestones, and last the 24-hour protocol the sleep clinics ask"
                + " for (a landscape page per two weeks: days as rows, hours as columns, sleep as bars, feeds, diapers,"
                + " doses and notes as marks).",
            "Example: nestling report --baby Ada --from 2026-01-01 --to 2026-03-31 --out ada.pdf --passphrase-stdin"})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Mixin
    DayRange range;

    @Option(names = "--baby", paramLabel = "NAME",
            description = "The baby (name or id); may be left out when there is only one.")
    String baby;

    @Option(names = "--copy", paramLabel = "FILE",
            description = "Make it from a backup or a copy for family instead of the vault (read in memory, no vault needed).")
    Path copy;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the PDF.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Paper size (default a4).")
    String paper;

    @Option(names = "--age", paramLabel = "corrected|chronological", defaultValue = "corrected",
            description = "Age that growth is scored on (default corrected, for babies born before 37 weeks).")
    String ageBasis;

    @Option(names = "--no-protocol", description = "Leave out the 24-hour protocol pages.")
    boolean noProtocol;

    private final Console console;

    ReportCommand(Console console) {
        this.console = console;
    }

    /** The copy read into memory (its passphrase asked for when it is encrypted); nothing is written. */
    private VaultSession openCopy() {
        char[] passphrase = null;
        try {
            if (nestling.backup.BackupFiles.isSealed(copy)) {
                passphrase = passphrases.next(console, "the copy's passphrase");
            }
            return nestling.backup.CopyOpener.open(copy, passphrase, nestling.vault.VaultOptions.defaults());
        } catch (nestling.backup.BackupException e) {
            throw BackupCommands.failure(e);
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    @Override
    public Integer call() {
        Paper size = Paper.parse(paper)
                .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, "unknown --paper '" + paper + "': use a4 or letter"));
        LocalDate first = range.first();
        LocalDate last = range.last();
        var basis = GrowthCommand.basis(ageBasis);
        ReportData data;
        try (VaultSession session = copy != null ? openCopy()
                : VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Baby found = BabyLookup.find(session, baby);
            data = new ReportDataBuilder(session.database(), WhoStandards.load(), Clock.systemUTC())
                    .build(found, first, last, range.zoneId(console.environment()), basis);
        }
        byte[] pdf = ReportPdf.render(noProtocol ? data.withoutProtocol() : data, size);
        try {
            ReportFile.write(out, pdf);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.OTHER, "could not write " + out + " (" + e.getClass().getSimpleName() + ")");
        }
        console.out().printf("Report written: %s (%d days, %d KB)%n", out, data.days().size(), (pdf.length + 1023) / 1024);
        console.out().flush();
        return ExitCodes.OK;
    }
}
