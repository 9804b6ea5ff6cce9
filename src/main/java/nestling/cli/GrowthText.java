package nestling.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nestling.domain.Sex;
import nestling.growth.IndicatorResult;
import nestling.growth.Measurements;

/** The human table of {@code nestling growth}: one line per indicator. */
final class GrowthText {
    private static final String ROW = "%-28s %14s %7s %11s%n";

    private GrowthText() {
    }

    static void print(PrintWriter out, Measurements measured, List<IndicatorResult> results) {
        out.printf(Locale.ROOT, "%s, %d days. WHO Child Growth Standards (2006).%n",
                measured.sex() == Sex.FEMALE ? "Girl" : "Boy", measured.ageDays());
        out.printf(Locale.ROOT, ROW, "indicator", "value", "z", "percentile");
        for (IndicatorResult result : results) {
            switch (result) {
                case IndicatorResult.Scored scored -> out.printf(Locale.ROOT, ROW, scored.table().label(),
                        String.format(Locale.ROOT, "%.2f %s", scored.value(), scored.table().unit()),
                        z(scored.z()), percentile(scored.percentile()));
                case IndicatorResult.OutsideRange outside -> out.printf(Locale.ROOT, "%-28s %s%n",
                        outside.table().label(), "not scored: " + outside.reason());
            }
        }
        out.flush();
    }

    // Rounding −0.004 would print "-0.00"; a sign on zero only confuses.
    private static String z(double z) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(z) < 0.005 ? 0.0 : z);
    }

    // One decimal hides nothing in the middle; in the tails it would print 0.0 or 100.0, which
    // reads as "impossible", so those are shown as bounds.
    private static String percentile(double percentile) {
        if (percentile < 0.1) {
            return "<0.1";
        }
        if (percentile > 99.9) {
            return ">99.9";
        }
        return String.format(Locale.ROOT, "%.1f", percentile);
    }
}
