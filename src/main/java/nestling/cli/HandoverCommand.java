package nestling.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.guidance.Handover;
import nestling.guidance.HandoverReading;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling handover}: what happened while the caregiver coming on duty was away. */
@Command(name = "handover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"While you were away: last feed, sleep now, feeds, diapers, doses given and next due, and notes "
            + "since a time (default: the last 12 hours) or since a caregiver's own last entry.",
            "Example: nestling handover --baby Ada --since 22:00 --passphrase-stdin"})
final class HandoverCommand implements Callable<Integer> {
    /** Without --since or --caregiver: a night or a working day. */
    static final Duration DEFAULT_PERIOD = Duration.ofHours(12);

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--baby", paramLabel = "NAME",
            description = "The baby (name or id); may be left out when there is only one.")
    String baby;

    @Option(names = "--since", paramLabel = "TIME",
            description = "From when: a clock time such as 22:00 (the latest one before now) or 2026-11-20T22:00.")
    String since;

    @Option(names = "--caregiver", paramLabel = "NAME",
            description = "From this caregiver's own last entry (the one coming back on duty).")
    String caregiver;

    @Option(names = "--at", paramLabel = "TIME", description = "Until this time instead of now, e.g. 2026-11-21T06:10.")
    String at;

    @Mixin
    ZoneOption zone;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private final Console console;

    HandoverCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (since != null && caregiver != null) {
            throw new CliFailure(ExitCodes.USAGE, "give --since or --caregiver, not both");
        }
        ZoneId zoneId = zone.zoneId(console.environment());
        Instant now = at == null ? Instant.now() : CliTime.instant("--at", at, zoneId);
        Handover handover;
        String name;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Baby found = BabyLookup.find(session, baby);
            name = found.name();
            Journal journal = Journal.of(session.database(), Clock.systemUTC());
            Instant from = caregiver != null ? lastEntryOf(journal, found, caregiver, now)
                    : since != null ? sinceTime(since, now, zoneId) : now.minus(DEFAULT_PERIOD);
            handover = HandoverReading.of(journal, found, from, now);
        }
        console.out().println(json ? HandoverJson.render(name, handover, zoneId) : HandoverText.render(name, handover, zoneId));
        console.out().flush();
        return ExitCodes.OK;
    }

    /** "22:00" is the latest 22:00 before now (yesterday's, asked at 06:10); a date and time is itself. */
    static Instant sinceTime(String text, Instant now, ZoneId zone) {
        try {
            return HandoverReading.latestBefore(LocalTime.parse(text.strip()), now, zone);
        } catch (DateTimeParseException notAClockTime) {
            Instant instant = CliTime.instant("--since", text, zone);
            if (instant.isAfter(now)) {
                throw new CliFailure(ExitCodes.USAGE, "--since is after now; give a time in the past");
            }
            return instant;
        }
    }

    private static Instant lastEntryOf(Journal journal, Baby baby, String caregiverName, Instant now) {
        Caregiver who = journal.family().caregiverNamed(caregiverName).orElseThrow(() -> new CliFailure(
                ExitCodes.NOT_FOUND_OR_EXISTS, "no caregiver with that name; `nestling` shows caregivers in the window's Settings"));
        return HandoverReading.lastEntryBy(journal, baby.meta().id(), who.meta().id(), now)
                .orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "that caregiver logged nothing for this baby "
                        + "in the last 14 days; give --since instead"));
    }
}
