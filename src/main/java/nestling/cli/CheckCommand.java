package nestling.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.store.FutureEntries;
import nestling.store.VaultCounts;
import nestling.store.VaultSession;
import nestling.vault.Snapshots;
import nestling.vault.Vault;
import nestling.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling check}: opens the vault, verifies it end to end and prints what it holds. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Open the vault, verify its encryption and database, print generation and counts.")
final class CheckCommand implements Callable<Integer> {
    /** Entries further ahead than this are reported: a day covers any time zone and a clock a little fast. */
    private static final Duration FUTURE_MARGIN = Duration.ofDays(1);

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path directory = vault.resolve(console.environment());
        Map<String, Object> report = new LinkedHashMap<>();
        try (VaultSession session = unlock(directory)) {
            VaultCounts counts = VaultCounts.of(session.database());
            report.put("vault", directory.toString());
            report.put("status", "ok");
            report.put("generation", session.vault().generation());
            report.put("schemaVersion", session.database().schemaVersion());
            report.put("fileBytes", Files.size(Vault.vaultFile(directory)));
            report.put("snapshots", Snapshots.list(directory).size());
            report.put("babies", counts.babies());
            report.put("caregivers", counts.caregivers());
            report.put("entries", counts.entries());
            report.put("timers", counts.timers());
            // a clock set ahead when they were logged; kept and backed up, but worth fixing
            report.put("futureEntries", FutureEntries.count(session.database(), Instant.now().plus(FUTURE_MARGIN)));
            if (session.vault().readOnly()) {
                report.put("readOnly", true); // an upgrade of the schema, if any, stays in memory
            } else {
                try {
                    session.flush();
                } catch (IOException e) {
                    throw VaultCommands.saveFailure(e, "the vault reads well, but its upgrade to this Nestling's schema"
                            + " could not be saved (%s). Check the disk and try again.");
                }
            }
        }
        if (json) {
            console.out().println(JsonMapper.builder().build().writeValueAsString(report));
        } else {
            console.out().println("Vault OK: " + report.get("vault"));
            report.forEach((key, value) -> {
                if (!key.equals("vault") && !key.equals("status")) {
                    console.out().println("  " + key + ": " + value);
                }
            });
            long future = (Long) report.get("futureEntries");
            if (future > 0) {
                console.out().println((future == 1 ? "1 entry is" : future + " entries are") + " dated more than a day in"
                        + " the future: the clock was probably set ahead when they were logged. Find them with"
                        + " `nestling list --from " + LocalDate.now() + "` or in the window's history, then edit"
                        + " their time or delete them.");
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The vault unlocked, or the command's failure. With {@code --json} a refusal is JSON too (status
     * "damaged" with the problem, or "failed"), so a script reading stdout always gets an object; the
     * message also goes to stderr and the exit code stays the contract's.
     */
    private VaultSession unlock(Path directory) throws IOException {
        try {
            return VaultCommands.unlockOrRefuse(console, directory, passphrases);
        } catch (VaultException e) {
            if (json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("vault", directory.toString());
                report.put("status", e.problem().isDamage() ? "damaged" : "failed");
                report.put("problem", e.problem().name());
                report.put("message", e.problem().message());
                report.put("snapshots", Snapshots.list(directory).size());
                console.out().println(JsonMapper.builder().build().writeValueAsString(report));
            }
            throw VaultCommands.failure(e);
        }
    }
}
