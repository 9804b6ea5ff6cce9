package nestling.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --day D} or {@code --from D --to D}, and the zone the days are counted in. */
final class DayRange {
    @Option(names = "--day", paramLabel = "DATE", description = "One day (yyyy-mm-dd).")
    LocalDate day;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of a range (yyyy-mm-dd), with --to.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of a range (yyyy-mm-dd), included.")
    LocalDate to;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone that days are counted in, e.g. Europe/Berlin (default: this computer's, TZ if set).")
    String zone;

    LocalDate first() {
        check();
        return day != null ? day : from;
    }

    LocalDate last() {
        check();
        return day != null ? day : to;
    }

    boolean singleDay() {
        return day != null;
    }

    /** --zone, else the zone every command uses ({@link CliTime#zone}). */
    ZoneId zoneId(java.util.Map<String, String> environment) {
        return ZoneOption.parse(zone, environment);
    }

    private void check() {
        if (day != null && (from != null || to != null)) {
            throw new CliFailure(ExitCodes.USAGE, "give either --day or --from and --to, not both");
        }
        if (day == null && (from == null || to == null)) {
            throw new CliFailure(ExitCodes.USAGE, "give --day DATE, or --from DATE --to DATE");
        }
        if (day == null && to.isBefore(from)) {
            throw new CliFailure(ExitCodes.USAGE, "--to " + to + " is before --from " + from);
        }
        if (day == null && java.time.temporal.ChronoUnit.DAYS.between(from, to) >= nestling.insights.Insights.MAX_DAYS) {
            throw new CliFailure(ExitCodes.USAGE, "the range is too long: at most "
                    + nestling.insights.Insights.MAX_DAYS + " days");
        }
    }
}
