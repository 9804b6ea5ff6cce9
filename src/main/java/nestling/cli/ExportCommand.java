package nestling.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.BackupExporter;
import nestling.backup.BackupScope;
import nestling.backup.LastBackup;
import nestling.backup.RemovableDrives;
import nestling.store.VaultSession;
import nestling.vault.PassphrasePolicy;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling export}: a verified backup file, encrypted unless {@code --plain}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a backup of everything to a folder (a USB stick) or file, then read it back and verify it.",
            "With --baby and/or --from/--to: a copy for family (grandparents) holding only that baby and those days;"
                + " give it a passphrase of its own with --separate-passphrase. They open it with 'nestling open FILE'."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--out", paramLabel = "DIR|FILE",
            description = "Folder (file named nestling-backup-YYYY-MM-DD-HHMM.nestling) or new file to write.")
    Path out;

    @Option(names = "--plain", description = "Write unencrypted JSON (.json) that anyone who finds the file can read.")
    boolean plain;

    @Option(names = "--separate-passphrase",
            description = "Encrypt with a backup passphrase of its own, read as the next line after the vault's.")
    boolean separatePassphrase;

    @Option(names = "--baby", paramLabel = "NAME", description = "A copy for family: only this baby (name or id).")
    String baby;

    @Option(names = "--from", paramLabel = "DATE", description = "A copy for family: entries from this day (yyyy-mm-dd).")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "A copy for family: entries up to this day, included.")
    java.time.LocalDate to;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    private final Console console;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (out == null) {
            List<Path> drives = RemovableDrives.suggest();
            throw new CliFailure(ExitCodes.USAGE, "say where to write the backup with --out DIR|FILE."
                    + (drives.isEmpty() ? "" : " Removable drives: " + drives));
        }
        if (plain && separatePassphrase) {
            throw new CliFailure(ExitCodes.USAGE, "--plain and --separate-passphrase do not go together.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new CliFailure(ExitCodes.USAGE, "--to " + to + " is before --from " + from + ".");
        }
        Path directory = vault.resolve(console.environment());
        BackupExporter.Result result;
        try (VaultSession session = VaultCommands.unlock(console, directory, passphrases);
                SealedFile.Key key = key(session)) {
            BackupScope scope = scope(session);
            if (plain) {
                console.err().println("Warning: a plain .json backup is not encrypted. Anyone who finds the file can read it.");
            }
            try {
                result = BackupExporter.export(session.database(), out, key, scope, VaultOptions.defaults());
            } catch (BackupException e) {
                throw BackupCommands.failure(e);
            }
            if (!scope.everything()) {
                // a copy for family is not a backup of everything: the reminder still counts from the last one
                console.err().println("nestling: a copy for family is not recorded as the last backup.");
            } else if (session.vault().readOnly()) {
                // the backup is what was asked for; a read-only vault cannot note it as the last one
                console.err().println("nestling: the backup is not recorded as the last backup: the vault folder is read-only.");
            } else {
                try {
                    LastBackup.record(session.database(), result.createdAt());
                    session.flush();
                } catch (java.io.IOException e) {
                    throw VaultCommands.saveFailure(e, "the backup was written and verified, but the vault"
                            + " could not record it as the last backup (%s). Check the disk.");
                }
            }
        }
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("status", "verified");
            report.put("file", result.file().toString());
            report.put("encrypted", result.encrypted());
            report.put("bytes", result.bytes());
            report.put("records", result.counts());
            console.out().println(BackupCommands.JSON.writeValueAsString(report));
        } else {
            console.out().println("Backup saved and verified: " + result.file());
            console.out().println("  " + (result.encrypted() ? "encrypted" : "NOT encrypted") + ", " + result.bytes()
                    + " bytes; records: " + result.counts());
        }
        return ExitCodes.OK;
    }

    /** Everything, or the baby and days asked for (days counted in this computer's time zone). */
    private BackupScope scope(VaultSession session) {
        java.util.UUID babyId = baby == null ? null : BabyLookup.find(session, baby).meta().id();
        java.time.ZoneId zone = CliTime.zone(console.environment());
        return new BackupScope(babyId, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private SealedFile.Key key(VaultSession session) {
        if (plain) {
            return null;
        }
        if (!separatePassphrase) {
            return session.vault().currentKey();
        }
        char[] passphrase = passphrases.next(console, "the backup passphrase");
        try {
            if (!PassphrasePolicy.acceptable(passphrase)) {
                throw new CliFailure(ExitCodes.USAGE, "the backup passphrase must have at least "
                        + PassphrasePolicy.MINIMUM_LENGTH + " characters.");
            }
            return SealedFile.newKey(passphrase, VaultOptions.defaults());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
