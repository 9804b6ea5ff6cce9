package nestling.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.IndicatorResult;
import nestling.growth.Measurements;
import nestling.growth.WhoStandards;
import nestling.insights.GrowthHistory;
import nestling.insights.GrowthPoint;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling growth}: z-scores and percentiles against the WHO Child Growth Standards, either
 * of measurements given on the command line (needs no vault) or, with {@code --baby B}, of every
 * measurement stored for that baby.
 */
@Command(name = "growth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores measurements against the WHO Child Growth Standards (0-5 years).",
            "Given on the command line it needs no vault:",
            "  nestling growth --sex F --age-days 200 --weight-kg 7.1 --length-cm 66",
            "A baby's stored measurements: nestling growth --baby Ada --json --passphrase-stdin"})
final class GrowthCommand implements Callable<Integer> {
    @Mixin
    private GrowthMeasurementOptions measurements;

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--baby", paramLabel = "NAME", description = "Score every stored measurement of this baby.")
    String baby;

    @Option(names = "--age", paramLabel = "corrected|chronological", defaultValue = "corrected",
            description = "With --baby: score against the corrected age (born before 37 weeks, until 24 months;"
                    + " the default) or the chronological age.")
    String ageBasis;

    @Option(names = "--json", description = "Print JSON for scripts.")
    private boolean json;

    private final Console console;

    GrowthCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (baby != null) {
            return babyMeasurements();
        }
        Measurements measured = measurements.toMeasurements();
        List<IndicatorResult> results = new GrowthCalculator(WhoStandards.load()).assess(measured);
        if (json) {
            console.out().println(GrowthJson.render(measured, results));
            console.out().flush();
        } else {
            GrowthText.print(console.out(), measured, results);
        }
        return ExitCodes.OK;
    }

    private int babyMeasurements() {
        if (!measurements.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE,
                    "--baby reads the stored measurements; give no --sex, age or measurement options with it");
        }
        ChildAge.AgeBasis basis = basis(ageBasis);
        Baby found;
        List<GrowthPoint> points;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            found = BabyLookup.find(session, baby);
            if (found.sex() == null) {
                throw new CliFailure(ExitCodes.OTHER,
                        "the baby's sex is not recorded; the WHO standards are per sex (set it with nestling baby)");
            }
            points = new GrowthHistory(session.database(), new GrowthCalculator(WhoStandards.load()))
                    .points(found, null, basis);
        }
        if (json) {
            console.out().println(BabyGrowthJson.render(found, basis, points));
        } else {
            BabyGrowthText.print(console.out(), found, basis, points);
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    static ChildAge.AgeBasis basis(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "corrected" -> ChildAge.AgeBasis.CORRECTED;
            case "chronological" -> ChildAge.AgeBasis.CHRONOLOGICAL;
            default -> throw new CliFailure(ExitCodes.USAGE, "unknown --age '" + text + "': use corrected or chronological");
        };
    }
}
