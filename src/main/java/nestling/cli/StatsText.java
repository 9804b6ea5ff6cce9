package nestling.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nestling.insights.DayTotals;
import nestling.insights.MedicineGiven;
import nestling.insights.Metric;
import nestling.insights.TemperatureReading;
import nestling.insights.Trend;

/** The human form of {@code nestling stats}: a block per day, then averages with their trend. */
final class StatsText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd", Locale.ENGLISH);

    private StatsText() {
    }

    static void print(PrintWriter out, StatsCommand.Stats stats) {
        if (!stats.dayStart().isMidnight()) {
            out.printf(Locale.ROOT, "Days start at %s (a day runs to %s the next day).%n%n", stats.dayStart().text(),
                    stats.dayStart().text());
        }
        for (DayTotals day : stats.days()) {
            printDay(out, stats.babyName(), day);
            out.println();
        }
        for (Map.Entry<String, Trend> trend : stats.trends().entrySet()) {
            printTrend(out, trend.getKey(), trend.getValue());
        }
        out.flush();
    }

    private static void printDay(PrintWriter out, String name, DayTotals day) {
        long hours = day.dayLength().toHours();
        out.printf(Locale.ROOT, "%s · %s%s%n", name, DAY.format(day.date()),
                hours == 24 ? "" : " (" + hours + " h day: the clocks changed)");
        out.printf(Locale.ROOT, "  %-13s %d (%d breast, %d bottle) · bottle %d ml · breast L %s, R %s%s%n", "Feeds",
                day.feeds(), day.breastfeeds(), day.bottles(), day.bottleMl(), hm(day.breastLeft()),
                hm(day.breastRight()), day.solids() > 0 ? " · solids " + day.solids() : "");
        out.printf(Locale.ROOT, "  %-13s %s (night %s, naps %s) · %d started · longest %s%n", "Sleep",
                hm(day.sleep()), hm(day.nightSleep()), hm(day.naps()), day.sleepCount(), hm(day.longestSleep()));
        out.printf(Locale.ROOT, "  %-13s %d · average %s · longest %s%n", "Wake windows", day.wakeWindows().size(),
                hm(day.averageWakeWindow()), hm(day.longestWakeWindow()));
        out.printf(Locale.ROOT, "  %-13s %d (%d wet, %d dirty)%n", "Diapers", day.diapers(), day.wetDiapers(),
                day.dirtyDiapers());
        out.printf(Locale.ROOT, "  %-13s %s%n", "Tummy time", hm(day.tummyTime()));
        List<String> doses = new ArrayList<>();
        for (MedicineGiven given : day.medicines()) {
            doses.add(TIME.format(given.localTime()) + " " + given.name() + " " + given.dose().stripTrailingZeros()
                    .toPlainString() + " " + given.unit().name().toLowerCase(Locale.ROOT));
        }
        out.printf(Locale.ROOT, "  %-13s %s%n", "Medicines", doses.isEmpty() ? "none" : String.join(", ", doses));
        List<String> temperatures = new ArrayList<>();
        for (TemperatureReading reading : day.temperatures()) {
            temperatures.add(String.format(Locale.ROOT, "%s %.1f °C", TIME.format(reading.localTime()), reading.celsius()));
        }
        if (!temperatures.isEmpty()) {
            out.printf(Locale.ROOT, "  %-13s %s%n", "Temperatures", String.join(", ", temperatures));
        }
    }

    private static void printTrend(PrintWriter out, String label, Trend trend) {
        out.printf(Locale.ROOT, "Averages per day, %s (%s to %s) against the %d days before:%n", label,
                trend.current().from(), trend.current().to(), trend.previous().days());
        if (trend.current().countedFrom() != null && trend.current().countedFrom().isAfter(trend.current().from())) {
            out.printf(Locale.ROOT, "  (over %d days: from %s, the birth or the first entry)%n", trend.current().days(),
                    trend.current().countedFrom());
        }
        out.printf(Locale.ROOT, "  %-22s %9s %9s  %s%n", "", "these", "before", "trend");
        for (Metric metric : Metric.values()) {
            out.printf(Locale.ROOT, "  %-22s %9.1f %9.1f  %s%n", metric.id(), trend.current().average(metric),
                    trend.previous().average(metric), trend.direction(metric).name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '));
        }
        out.println();
    }

    static String hm(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? minutes + " m" : String.format(Locale.ROOT, "%d h %02d m", minutes / 60, minutes % 60);
    }
}
