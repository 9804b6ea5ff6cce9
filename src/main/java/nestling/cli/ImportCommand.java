package nestling.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupMerger;
import nestling.backup.BackupRestorer;
import nestling.backup.BackupSummary;
import nestling.backup.MergeSummary;
import nestling.backup.SafetyCopy;
import nestling.backup.StagedBackup;
import nestling.store.Database;
import nestling.store.DatabaseImage;
import nestling.store.VaultSession;
import nestling.vault.Vault;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling import --in F --mode merge|replace [--dry-run]}: checks the whole backup first,
 * saves the current state as a safety copy in {@code snapshots/}, then merges or replaces in one
 * transaction. A bad backup changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Merge another laptop's backup into this vault, or replace this vault's contents with a backup.")
final class ImportCommand implements Callable<Integer> {
    enum Mode { merge, replace }

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "The backup file (.nestling or .json).")
    Path in;

    @Option(names = "--mode", required = true, paramLabel = "merge|replace",
            description = "merge: union by id, newer wins; replace: this vault becomes the backup (undo: restore the safety copy).")
    Mode mode;

    @Option(names = "--dry-run", description = "Check the backup and show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--separate-passphrase",
            description = "The backup has its own passphrase, read as the next line after the vault's.")
    boolean separatePassphrase;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Path directory = vault.resolve(console.environment());
        char[] passphrase = passphrases.next(console, "the passphrase");
        char[] backupPassphrase = null;
        Map<String, Object> report = new LinkedHashMap<>();
        // What the merge or replace did, printed only once it is on disk (a dry run's at the end too)
        StringWriter outcome = new StringWriter();
        try (VaultSession session = unlock(directory, passphrase)) {
            backupPassphrase = separatePassphrase ? passphrases.next(console, "the backup passphrase") : passphrase.clone();
            BackupFiles.Opened file = BackupFiles.open(in, new BackupKeys(session.vault().currentKey(), backupPassphrase));
            if (!dryRun) {
                // Before staging: the safety copy's JSON and the staged records are then never held at once
                // (together they took an import at 200k entries over 400 MB, issue 21). A file refused by
                // its type, size or passphrase has been refused above; one whose records are, leaves this
                // copy of the unchanged vault, which retention prunes like any other.
                Path safety = SafetyCopy.write(session, mode == Mode.merge ? "merge" : "restore", VaultOptions.defaults());
                report.put("safetyCopy", safety.toString());
            }
            try (StagedBackup staged = BackupFiles.stage(file)) {
                BackupSummary summary = BackupSummary.of(staged);
                report.put("backup", BackupCommands.describe(summary));
                if (!json) {
                    console.out().println("Backup " + in.getFileName() + " holds:");
                    BackupCommands.printSummary(console.out(), summary);
                }
                if (dryRun) {
                    try (Database copy = copyOf(session.database())) {
                        apply(copy, staged, report, new PrintWriter(outcome));
                    }
                    report.put("dryRun", true);
                } else {
                    apply(session.database(), staged, report, new PrintWriter(outcome));
                }
            } // the staged records are freed first, not held through the save
            if (!dryRun) {
                save(session);
            }
        } catch (BackupException e) {
            throw BackupCommands.failure(e);
        } finally {
            Arrays.fill(passphrase, '\0');
            if (backupPassphrase != null) {
                Arrays.fill(backupPassphrase, '\0');
            }
        }
        console.out().print(outcome);
        print(report);
        return ExitCodes.OK;
    }

    private static void save(VaultSession session) {
        try {
            session.flush();
        } catch (java.io.IOException e) {
            throw VaultCommands.saveFailure(e, "the backup was applied in memory, but the vault could not be saved (%s);"
                    + " the vault on disk is as it was. Check the disk and try again.");
        }
    }

    private static VaultSession unlock(Path directory, char[] passphrase) {
        try {
            VaultSession session = VaultSession.unlock(directory, passphrase, VaultOptions.defaults());
            session.noteAtUnlock(nestling.journal.InboxMerge.afterUnlock(session, java.time.Clock.systemDefaultZone()).notices());
            return session;
        } catch (VaultException e) {
            throw VaultCommands.failure(e);
        }
    }

    private void apply(Database target, StagedBackup staged, Map<String, Object> report, PrintWriter out)
            throws BackupException {
        if (mode == Mode.merge) {
            MergeSummary merged = BackupMerger.merge(target, staged);
            report.put("merge", BackupCommands.describe(merged));
            if (!json) {
                out.println(dryRun ? "Merging would give:" : "Merged:");
                BackupCommands.printMerge(out, merged);
            }
        } else {
            Map<String, Long> counts = BackupRestorer.replace(target, staged);
            report.put("restored", counts);
            if (!json) {
                out.println((dryRun ? "Replacing would leave: " : "Replaced. The vault now holds: ") + counts);
            }
        }
    }

    private static Database copyOf(Database database) throws BackupException {
        DatabaseImage image = database.image();
        try {
            return Database.fromImage(image.bytes());
        } catch (VaultException e) {
            throw new BackupException(nestling.backup.BackupProblem.UNREADABLE, "copying the vault for a dry run", e);
        } finally {
            Vault.wipe(image.bytes());
        }
    }

    private void print(Map<String, Object> report) {
        if (json) {
            console.out().println(BackupCommands.JSON.writeValueAsString(report));
        } else if (dryRun) {
            console.out().println("Dry run: nothing was changed.");
        } else {
            console.out().println("Done. To undo, restore the safety copy: " + report.get("safetyCopy"));
        }
    }
}
