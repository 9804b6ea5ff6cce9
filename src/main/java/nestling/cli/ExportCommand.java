package nestling.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.BackupExporter;
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
        description = "Write a backup of everything to a folder (a USB stick) or file, then read it back and verify it.")
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
        Path directory = vault.resolve(console.environment());
        BackupExporter.Result result;
        try (VaultSession session = VaultCommands.unlock(console, directory, passphrases);
                SealedFile.Key key = key(session)) {
            if (plain) {
                console.err().println("Warning: a plain .json backup is not encrypted. Anyone who finds the file can read it.");
            }
            try {
                result = BackupExporter.export(session.database(), out, key, VaultOptions.defaults());
            } catch (BackupException e) {
                throw BackupCommands.failure(e);
            }
            if (session.vault().readOnly()) {
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
