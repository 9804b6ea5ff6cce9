package nestling.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.domain.DayStart;
import nestling.insights.DayTotals;
import nestling.insights.Insights;
import nestling.insights.PeriodAverages;
import nestling.insights.Trend;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling stats}: a baby's day (with the 7- and 30-day averages ending on it and their
 * trend), or each day of a range with the range's averages against the range just before it.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Feeds, sleep, diapers and medicines of a baby per day, with averages and trends.",
            "Days start at the hour the family set (00:00 unless changed in Settings > Days), or at --day-start.",
            "Example: nestling stats --baby Ada --day 2026-03-29 --passphrase-stdin"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Mixin
    DayRange range;

    @Option(names = "--baby", paramLabel = "NAME",
            description = "The baby (name or id); may be left out when there is only one.")
    String baby;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--day-start", paramLabel = "HH:00",
            description = "Count days from this hour (00:00 to 12:00) instead of the family's setting (Settings > Days).")
    String dayStart;

    private final Console console;

    StatsCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        LocalDate first = range.first();
        LocalDate last = range.last();
        DayStart override = null;
        if (dayStart != null) {
            try {
                override = DayStart.parse(dayStart);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.USAGE, "--day-start: " + e.getMessage());
            }
        }
        Stats stats;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Baby found = BabyLookup.find(session, baby);
            Insights counted = new Insights(session.database(), range.zoneId(console.environment()), override);
            Insights insights = counted.withDayStart(counted.days().dayStart()); // the vault's setting read once
            List<DayTotals> days = insights.days(found.meta().id(), first, last);
            Map<String, Trend> trends = new LinkedHashMap<>();
            if (range.singleDay()) {
                trends.put("last 7 days", insights.trend(found.meta().id(), last, 7));
                trends.put("last 30 days", insights.trend(found.meta().id(), last, 30));
            } else {
                int length = (int) ChronoUnit.DAYS.between(first, last) + 1;
                trends.put("these " + length + " days", insights.trend(found.meta().id(), last, length));
            }
            stats = new Stats(found.name(), insights.zone().getId(), insights.days().dayStart(), first, last, days,
                    PeriodAverages.of(first, last, days), trends);
        }
        if (json) {
            console.out().println(StatsJson.render(stats));
        } else {
            StatsText.print(console.out(), stats);
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    /** What both printers show. */
    record Stats(String babyName, String zone, DayStart dayStart, LocalDate from, LocalDate to, List<DayTotals> days,
            PeriodAverages averages, Map<String, Trend> trends) {
    }
}
