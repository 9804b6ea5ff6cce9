package nestling.cli;

import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log sleep --start T --end T [--kind nap|night] [--place P]}. */
@Command(name = "sleep", mixinStandardHelpOptions = true, description = "Log a sleep.")
final class LogSleepCommand extends LogEntryCommand {
    @Option(names = "--kind", description = "nap or night (default: suggested by the start time).")
    String kind;

    @Option(names = "--place", description = "crib, bassinet, arms, stroller, car or bed.")
    String place;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogSleepCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.SLEEP;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        SleepKind parsed = Choices.parse(SleepKind.class, "--kind", kind);
        return new EntryData.Sleep(parsed != null ? parsed : SleepKind.suggestedFor(start.atZone(CliTime.zone(console.environment())).toLocalTime()),
                Choices.parse(SleepPlace.class, "--place", place), notes);
    }
}
