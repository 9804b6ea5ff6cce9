package nestling.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nestling.growth.GrowthCalculator;
import nestling.growth.IndicatorResult;
import nestling.growth.Measurements;
import nestling.growth.WhoStandards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling growth}: z-scores and percentiles of measurements given on the command line,
 * against the WHO Child Growth Standards. Needs no vault. (Stored measurements of a baby, via a
 * future {@code --baby B}, will be a second source next to {@link GrowthMeasurementOptions}.)
 */
@Command(name = "growth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores measurements against the WHO Child Growth Standards (0-5 years). Needs no vault.",
            "Example: nestling growth --sex F --age-days 200 --weight-kg 7.1 --length-cm 66"})
final class GrowthCommand implements Callable<Integer> {
    @Mixin
    private GrowthMeasurementOptions measurements;

    @Option(names = "--json", description = "Print JSON for scripts.")
    private boolean json;

    private final Console console;

    GrowthCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
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
}
