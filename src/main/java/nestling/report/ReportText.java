package nestling.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import nestling.growth.IndicatorResult;

/** How figures read in the report: "4 h 05 m", "3 mo 12 d", "-0.42 (P 33.7)". */
final class ReportText {
    private ReportText() {
    }

    static String hm(Duration duration) {
        long minutes = Math.round(duration.toMillis() / 60_000.0);
        return String.format(Locale.ROOT, "%d h %02d m", minutes / 60, minutes % 60);
    }

    static String hmFromMinutes(double minutes) {
        return hm(Duration.ofMillis(Math.round(minutes * 60_000)));
    }

    static String age(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return "before the due date";
        }
        Period period = Period.between(from, to);
        int months = period.getYears() * 12 + period.getMonths();
        return months == 0 ? period.getDays() + " d" : months + " mo " + period.getDays() + " d";
    }

    static String score(IndicatorResult result) {
        if (result instanceof IndicatorResult.Scored s) {
            return String.format(Locale.ROOT, "%.2f (P %s)", s.z(), percentile(s.percentile()));
        }
        return "outside WHO range";
    }

    // In the tails one decimal would print 0.0 or 100.0, which reads as impossible.
    static String percentile(double p) {
        if (p < 0.1) {
            return "<0.1";
        }
        if (p > 99.9) {
            return ">99.9";
        }
        return String.format(Locale.ROOT, "%.1f", p);
    }

    /** An average count per day; one in three weeks reads "<0.1", not "0.0", which would say "never". */
    static String count(double perDay) {
        return perDay > 0 && perDay < 0.05 ? "<0.1" : decimal(perDay, 1);
    }

    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
