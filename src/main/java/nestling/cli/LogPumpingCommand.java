package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log pumping --start T --end T [--left-ml N] [--right-ml N]}. */
@Command(name = "pumping", mixinStandardHelpOptions = true, description = "Log pumping.")
final class LogPumpingCommand extends LogEntryCommand {
    @Option(names = "--left-ml", paramLabel = "ML", description = "Amount from the left breast in ml.")
    BigDecimal leftMl;

    @Option(names = "--right-ml", paramLabel = "ML", description = "Amount from the right breast in ml.")
    BigDecimal rightMl;

    @Option(names = "--left-oz", paramLabel = "FLOZ", description = "Left amount in US fluid ounces.")
    BigDecimal leftOz;

    @Option(names = "--right-oz", paramLabel = "FLOZ", description = "Right amount in US fluid ounces.")
    BigDecimal rightOz;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogPumpingCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.PUMPING;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Pumping(Amounts.either("--left-ml", leftMl, Units::mlFromMl, "--left-oz", leftOz, Units::mlFromFlOz),
                Amounts.either("--right-ml", rightMl, Units::mlFromMl, "--right-oz", rightOz, Units::mlFromFlOz), notes);
    }
}
