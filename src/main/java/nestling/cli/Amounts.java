package nestling.cli;

import java.math.BigDecimal;
import java.util.function.Function;

/** Amounts given in either of two units on the command line, converted to the canonical one. */
final class Amounts {
    private Amounts() {
    }

    /** The canonical value of whichever of the two options was given (null if neither). */
    static Integer either(String metricOption, BigDecimal metric, Function<BigDecimal, Integer> fromMetric,
            String imperialOption, BigDecimal imperial, Function<BigDecimal, Integer> fromImperial) {
        if (metric != null && imperial != null) {
            throw new CliFailure(ExitCodes.USAGE, "give either " + metricOption + " or " + imperialOption + ", not both");
        }
        try {
            if (metric != null) {
                return fromMetric.apply(metric);
            }
            return imperial == null ? null : fromImperial.apply(imperial);
        } catch (ArithmeticException tooLarge) {
            throw new CliFailure(ExitCodes.USAGE, "the amount of " + (metric != null ? metricOption : imperialOption)
                    + " is far too large");
        }
    }
}
