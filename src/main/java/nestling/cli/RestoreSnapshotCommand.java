package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import nestling.store.VaultSession;
import nestling.vault.Snapshot;
import nestling.vault.Snapshots;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nestling restore-snapshot [N]}: what the window's "Open the newest good snapshot" does, on
 * the command line. The snapshot's content becomes the vault again; the file it replaces is moved
 * into {@code snapshots/}, never deleted. Without N the newest snapshot that opens is used.
 */
@Command(name = "restore-snapshot", mixinStandardHelpOptions = true,
        description = "Make an earlier copy of the vault (see `snapshots`) the vault again; the replaced file is kept.")
final class RestoreSnapshotCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N",
            description = "The number `nestling snapshots` shows (1 = newest); default: the newest that opens.")
    Integer number;

    private final Console console;

    RestoreSnapshotCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path directory = vault.resolve(console.environment());
        List<Snapshot> all = Snapshots.list(directory);
        if (all.isEmpty()) {
            throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "there are no earlier copies in " + directory
                    + "; only a backup can bring the data back (nestling import --mode replace).");
        }
        if (number != null && (number < 1 || number > all.size())) {
            throw new CliFailure(ExitCodes.USAGE, "N must be between 1 and " + all.size() + " (see nestling snapshots).");
        }
        List<Snapshot> candidates = number == null ? all : List.of(all.get(number - 1));
        char[] passphrase = passphrases.next(console, "the passphrase");
        console.vaultDirectoryInUse().accept(directory);
        Restored restored;
        try {
            restored = openFirstGood(directory, candidates, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (VaultSession session = restored.session()) {
            try {
                // unlockSnapshot already tried to save; this save is the one the message waits for
                session.saver().saveNow();
            } catch (IOException e) {
                throw VaultCommands.saveFailure(e, "the snapshot opened, but it could not be written back as the vault"
                        + " (%s). Check the disk and try again.");
            }
        }
        Snapshot snapshot = restored.snapshot();
        console.out().println("Restored the copy saved " + SnapshotsCommand.WHEN.format(
                snapshot.savedAt().atZone(CliTime.zone(console.environment()))) + " (save number "
                + snapshot.generation() + "); the file it replaced was kept in snapshots/. Entries made after"
                + " that copy was saved are not in it: a backup may hold them.");
        return ExitCodes.OK;
    }

    private record Restored(VaultSession session, Snapshot snapshot) {
    }

    private static Restored openFirstGood(Path directory, List<Snapshot> candidates, char[] passphrase) {
        VaultException last = null;
        for (Snapshot snapshot : candidates) {
            try {
                return new Restored(VaultSession.unlockSnapshot(directory, snapshot, passphrase, VaultOptions.defaults()),
                        snapshot);
            } catch (VaultException e) {
                if (!e.problem().isDamage()) {
                    throw VaultCommands.failure(e);
                }
                last = e;
            }
        }
        throw VaultCommands.failure(last);
    }
}
