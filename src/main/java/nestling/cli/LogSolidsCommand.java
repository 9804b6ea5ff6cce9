package nestling.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Reaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log solids --at T --food carrot [--food pear] [--amount TEXT] [--reaction R]}. */
@Command(name = "solids", mixinStandardHelpOptions = true, description = "Log solid food.")
final class LogSolidsCommand extends LogEntryCommand {
    @Option(names = "--food", paramLabel = "FOOD", description = "A food (repeat for several).")
    List<String> foods = new ArrayList<>();

    @Option(names = "--amount", description = "How much, in words (\"3 spoons\").")
    String amount;

    @Option(names = "--reaction", description = "liked, disliked or possible-allergy.")
    String reaction;

    @Option(names = "--allergy", paramLabel = "TEXT", description = "What the possible allergic reaction looked like.")
    String allergy;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogSolidsCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.SOLIDS;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Solids(foods, amount, Choices.parse(Reaction.class, "--reaction", reaction), allergy, notes);
    }
}
