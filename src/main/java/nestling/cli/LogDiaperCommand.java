package nestling.cli;

import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log diaper --at T [--wet] [--dirty] [--dry] [--colour C] [--consistency C] [--rash]}. */
@Command(name = "diaper", mixinStandardHelpOptions = true, description = "Log a diaper change.")
final class LogDiaperCommand extends LogEntryCommand {
    @Option(names = "--wet", description = "It was wet.")
    boolean wet;

    @Option(names = "--dirty", description = "It was dirty.")
    boolean dirty;

    @Option(names = "--dry", description = "It was dry.")
    boolean dry;

    @Option(names = "--colour", description = "Stool colour: yellow, green, brown, black, red or white.")
    String colour;

    @Option(names = "--consistency", description = "watery, loose, seedy, soft, formed or hard.")
    String consistency;

    @Option(names = "--rash", description = "There was a rash.")
    boolean rash;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogDiaperCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.DIAPER;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Diaper(wet, dirty, dry, Choices.parse(StoolColour.class, "--colour", colour),
                Choices.parse(StoolConsistency.class, "--consistency", consistency), rash, notes);
    }
}
