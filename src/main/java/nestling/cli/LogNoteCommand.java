package nestling.cli;

import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log note --at T --text "..."}. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "Log a free note.")
final class LogNoteCommand extends LogEntryCommand {
    @Option(names = "--text", description = "The note.")
    String text;

    LogNoteCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.NOTE;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Note(text);
    }
}
