package nestling.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.IndicatorResult;
import nestling.insights.GrowthPoint;

/** The human form of {@code nestling growth --baby B}: a block per measurement. */
final class BabyGrowthText {
    private BabyGrowthText() {
    }

    static void print(PrintWriter out, Baby baby, ChildAge.AgeBasis basis, List<GrowthPoint> points) {
        out.printf(Locale.ROOT, "%s, born %s%s. WHO Child Growth Standards (2006), %s age.%n", baby.name(),
                baby.birthDate(), baby.gestationalAge().map(g -> " at " + g.weeks() + "+" + g.days() + " weeks").orElse(""),
                basis.name().toLowerCase(Locale.ROOT));
        if (points.isEmpty()) {
            out.println("No growth measurements stored.");
        }
        for (GrowthPoint point : points) {
            out.printf(Locale.ROOT, "%s  age %d days%s%n", point.date(), point.age().chronologicalDays(),
                    point.age().isCorrected() ? " (corrected " + point.age().correctedDays() + ")" : "");
            for (IndicatorResult result : point.results()) {
                switch (result) {
                    case IndicatorResult.Scored s -> out.printf(Locale.ROOT, "  %-28s %9.2f %-6s z %6.2f  P %5.1f%n",
                            s.table().label(), s.value(), s.table().unit(), s.z(), s.percentile());
                    case IndicatorResult.OutsideRange o -> out.printf(Locale.ROOT, "  %-28s not scored: %s%n",
                            o.table().label(), o.reason());
                }
            }
        }
        out.flush();
    }
}
