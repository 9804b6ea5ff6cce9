package nestling.cli;

import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log milestone --at T --title "First smile" [--text NOTE]}. */
@Command(name = "milestone", mixinStandardHelpOptions = true, description = "Log a milestone.")
final class LogMilestoneCommand extends LogEntryCommand {
    @Option(names = "--title", description = "E.g. First smile, Rolls over, Sits, Crawls, First word, First steps, First tooth.")
    String title;

    @Option(names = "--text", description = "A note.")
    String text;

    LogMilestoneCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.MILESTONE;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Milestone(title, text, null);
    }
}
