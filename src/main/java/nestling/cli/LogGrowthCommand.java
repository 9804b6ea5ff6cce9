package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LengthPosition;
import nestling.domain.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log growth --at T [--weight-kg X | --weight-lb L --weight-oz O] [--length-cm X | --height-cm X] [--head-cm X]}. */
@Command(name = "growth", mixinStandardHelpOptions = true, description = "Log weight, length or head circumference.")
final class LogGrowthCommand extends LogEntryCommand {
    @Option(names = "--weight-kg", paramLabel = "KG")
    BigDecimal weightKg;

    @Option(names = "--weight-lb", paramLabel = "LB", description = "Whole pounds (with --weight-oz).")
    Integer weightLb;

    @Option(names = "--weight-oz", paramLabel = "OZ")
    BigDecimal weightOz;

    @Option(names = "--length-cm", paramLabel = "CM", description = "Length, measured lying.")
    BigDecimal lengthCm;

    @Option(names = "--height-cm", paramLabel = "CM", description = "Height, measured standing.")
    BigDecimal heightCm;

    @Option(names = "--length-in", paramLabel = "IN")
    BigDecimal lengthIn;

    @Option(names = "--height-in", paramLabel = "IN")
    BigDecimal heightIn;

    @Option(names = "--head-cm", paramLabel = "CM", description = "Head circumference.")
    BigDecimal headCm;

    @Option(names = "--head-in", paramLabel = "IN")
    BigDecimal headIn;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogGrowthCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.GROWTH;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        BigDecimal imperialWeight = weightLb == null && weightOz == null ? null : BigDecimal.ONE;
        Integer grams = Amounts.either("--weight-kg", weightKg, Units::gramsFromKg, "--weight-lb/--weight-oz",
                imperialWeight, ignored -> Units.gramsFrom(weightLb == null ? 0 : weightLb,
                        weightOz == null ? BigDecimal.ZERO : weightOz));
        Integer lying = Amounts.either("--length-cm", lengthCm, Units::mmFromCm, "--length-in", lengthIn, Units::mmFromInches);
        Integer standing = Amounts.either("--height-cm", heightCm, Units::mmFromCm, "--height-in", heightIn, Units::mmFromInches);
        if (lying != null && standing != null) {
            throw new CliFailure(ExitCodes.USAGE, "give either a length (lying) or a height (standing), not both");
        }
        Integer head = Amounts.either("--head-cm", headCm, Units::mmFromCm, "--head-in", headIn, Units::mmFromInches);
        return new EntryData.Growth(grams, lying != null ? lying : standing,
                lying != null ? LengthPosition.LYING : standing != null ? LengthPosition.STANDING : null, head, notes);
    }
}
