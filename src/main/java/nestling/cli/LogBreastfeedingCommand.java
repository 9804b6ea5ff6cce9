package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log breastfeeding --start T --end T [--left-min N] [--right-min N] [--last-side left|right]}. */
@Command(name = "breastfeeding", mixinStandardHelpOptions = true, description = "Log a breastfeed.")
final class LogBreastfeedingCommand extends LogEntryCommand {
    @Option(names = "--left-min", paramLabel = "MIN", description = "Minutes on the left breast.")
    BigDecimal leftMinutes;

    @Option(names = "--right-min", paramLabel = "MIN", description = "Minutes on the right breast.")
    BigDecimal rightMinutes;

    @Option(names = "--last-side", paramLabel = "SIDE", description = "Side the feed ended on: left or right.")
    String lastSide;

    @Option(names = "--switches", paramLabel = "N", description = "How often the side was switched.")
    int switches;

    @Option(names = "--paused-min", paramLabel = "MIN", description = "Minutes of pauses.")
    BigDecimal pausedMinutes;

    @Option(names = "--notes", description = "Notes.")
    String notes;

    LogBreastfeedingCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.BREASTFEEDING;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        long left = seconds(leftMinutes);
        long right = seconds(rightMinutes);
        Side last = Choices.parse(Side.class, "--last-side", lastSide);
        if (last == null && left + right > 0) {
            // One side given: that is the side it ended on.
            last = right == 0 ? Side.LEFT : left == 0 ? Side.RIGHT : null;
        }
        return new EntryData.Breastfeeding(left, right, last, switches, seconds(pausedMinutes), notes);
    }

    private static long seconds(BigDecimal minutes) {
        return minutes == null ? 0 : minutes.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
    }
}
