package nestling.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupSummary;
import nestling.backup.StagedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling verify-backup --in F}: reads and checks a whole backup and prints what it holds. */
@Command(name = "verify-backup", mixinStandardHelpOptions = true,
        description = "Check a backup file completely (decrypt, parse, validate) and print what it holds; exit 4 when damaged.")
final class VerifyBackupCommand implements Callable<Integer> {
    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The backup file (.nestling or .json).")
    Path in;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    private final Console console;

    VerifyBackupCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        char[] passphrase = null;
        try {
            if (BackupFiles.isSealed(in)) {
                passphrase = passphrases.next(console, "the backup's passphrase");
            }
            try (StagedBackup staged = BackupFiles.stage(in, passphrase == null ? BackupKeys.none() : BackupKeys.passphrase(passphrase))) {
                BackupSummary summary = BackupSummary.of(staged);
                if (json) {
                    var report = new java.util.LinkedHashMap<String, Object>();
                    report.put("status", "ok");
                    report.putAll(BackupCommands.describe(summary));
                    console.out().println(BackupCommands.JSON.writeValueAsString(report));
                } else {
                    console.out().println("Backup OK: " + in);
                    BackupCommands.printSummary(console.out(), summary);
                }
            }
        } catch (BackupException e) {
            throw BackupCommands.failure(e);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        return ExitCodes.OK;
    }
}
