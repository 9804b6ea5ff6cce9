package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log bottle --at T --ml N [--content breast-milk|formula|mixed|other]}. */
@Command(name = "bottle", mixinStandardHelpOptions = true, description = "Log a bottle.")
final class LogBottleCommand extends LogEntryCommand {
    @Option(names = "--ml", paramLabel = "ML", description = "Amount in ml.")
    BigDecimal ml;

    @Option(names = "--oz", paramLabel = "FLOZ", description = "Amount in US fluid ounces.")
    BigDecimal flOz;

    @Option(names = "--content", paramLabel = "WHAT", description = "breast-milk, formula, mixed or other.")
    String content;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogBottleCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.BOTTLE;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Bottle(Choices.parse(BottleContent.class, "--content", content),
                Amounts.either("--ml", ml, Units::mlFromMl, "--oz", flOz, Units::mlFromFlOz), notes);
    }
}
