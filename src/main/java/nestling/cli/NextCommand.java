package nestling.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.guidance.NextNap;
import nestling.guidance.NextNapReading;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling next}: when the next nap is likely, and why. */
@Command(name = "next", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"When the baby's next nap is likely, with the reasoning: her own wake windows at this time "
            + "of day over the last 7 days, how today shifts them, and the usual range for her age (Summer Health's "
            + "published wake-window table; corrected age for babies born early). A guide from the log, not medical advice.",
            "Example: nestling next --baby Ada --passphrase-stdin"})
final class NextCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--baby", paramLabel = "NAME",
            description = "The baby (name or id); may be left out when there is only one.")
    String baby;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Ask as of this time, e.g. 2026-11-20T13:05 (local time; default now).")
    String at;

    @Mixin
    ZoneOption zone;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private final Console console;

    NextCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ZoneId zoneId = zone.zoneId(console.environment());
        Instant now = at == null ? Instant.now() : CliTime.instant("--at", at, zoneId);
        NextNap next;
        String name;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Baby found = BabyLookup.find(session, baby);
            name = found.name();
            next = NextNapReading.of(Journal.of(session.database(), java.time.Clock.systemUTC()), found, now, zoneId);
        }
        console.out().println(json ? NextNapJson.render(name, next, now, zoneId) : NextNapText.render(name, next, now, zoneId));
        console.out().flush();
        return ExitCodes.OK;
    }

}
