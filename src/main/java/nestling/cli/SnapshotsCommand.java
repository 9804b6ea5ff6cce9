package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import nestling.vault.Snapshot;
import nestling.vault.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nestling snapshots}: the earlier copies of the vault kept in {@code snapshots/}, newest
 * first and numbered for {@code restore-snapshot N}. Needs no passphrase: it reads file names only.
 */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        description = "List the earlier copies of the vault (newest first), numbered for restore-snapshot.")
final class SnapshotsCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    VaultDirectory vault;

    private final Console console;

    SnapshotsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path directory = vault.resolve(console.environment());
        List<Snapshot> found = Snapshots.list(directory);
        if (found.isEmpty()) {
            console.out().println("No earlier copies in " + directory + ": only a backup can bring the data back"
                    + " (nestling import --mode replace).");
            return ExitCodes.OK;
        }
        ZoneId zone = CliTime.zone(console.environment());
        for (int i = 0; i < found.size(); i++) {
            Snapshot snapshot = found.get(i);
            console.out().println((i + 1) + "  saved " + WHEN.format(snapshot.savedAt().atZone(zone))
                    + " (save number " + snapshot.generation() + ")");
        }
        console.out().println("Bring one back with `nestling restore-snapshot [N]` (without N: the newest good one).");
        return ExitCodes.OK;
    }
}
