package nestling.cli;

import java.time.Instant;
import java.util.Locale;
import nestling.domain.ActivityKind;
import nestling.domain.ActivityType;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.SpitUpSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nestling log activity --kind tummy-time|bath|reading|play|outdoors|spit-up|crying|NAME
 * (--at T | --start T --end T) [--size small|medium|large]}. A kind that is not built in names one
 * of the family's own activity types (added on first use).
 */
@Command(name = "activity", mixinStandardHelpOptions = true, description = "Log an activity.")
final class LogActivityCommand extends LogEntryCommand {
    @Option(names = "--kind", required = true, description = "tummy-time, bath, reading, play, outdoors, spit-up, crying, or your own.")
    String kind;

    @Option(names = "--size", description = "For spit-up: small, medium or large.")
    String size;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogActivityCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.ACTIVITY;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        SpitUpSize parsedSize = Choices.parse(SpitUpSize.class, "--size", size);
        String wanted = kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ActivityKind builtIn : ActivityKind.values()) {
            if (builtIn != ActivityKind.CUSTOM && builtIn.name().equals(wanted)) {
                return new EntryData.Activity(builtIn, null, parsedSize, notes);
            }
        }
        if (open == null) {
            throw new CliFailure(ExitCodes.USAGE, "a family's own activity needs the vault: log it unlocked (a built-in"
                    + " kind such as tummy-time works with --locked)");
        }
        ActivityType own = open.journal.family().activityTypes().stream()
                .filter(t -> t.name().equalsIgnoreCase(kind.strip())).findFirst()
                .orElseGet(() -> open.journal.family().addActivityType(kind, null, options.start != null));
        return new EntryData.Activity(ActivityKind.CUSTOM, own.meta().id(), parsedSize, notes);
    }
}
