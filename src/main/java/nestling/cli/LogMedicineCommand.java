package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log medicine --at T --name NAME --dose X --unit ml|mg|drops|tablets|puffs [--every-h H]}. */
@Command(name = "medicine", mixinStandardHelpOptions = true, description = "Log a dose of medicine.")
final class LogMedicineCommand extends LogEntryCommand {
    @Option(names = "--name", description = "The medicine.")
    String name;

    @Option(names = "--dose", paramLabel = "X", description = "How much.")
    BigDecimal dose;

    @Option(names = "--unit", description = "ml, mg, drops, tablets or puffs.")
    String unit;

    @Option(names = "--every-h", paramLabel = "HOURS", description = "Minimum hours between doses (gives the next dose time).")
    BigDecimal everyHours;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogMedicineCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.MEDICINE;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        Integer minutes = everyHours == null ? null
                : everyHours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        return new EntryData.Medicine(name, dose, Choices.parse(DoseUnit.class, "--unit", unit), minutes, notes);
    }
}
