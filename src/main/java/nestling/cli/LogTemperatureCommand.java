package nestling.cli;

import java.math.BigDecimal;
import java.time.Instant;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.TemperatureMethod;
import nestling.domain.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nestling log temperature --at T --celsius 37.8 | --fahrenheit 100.0 [--method M]}. */
@Command(name = "temperature", mixinStandardHelpOptions = true, description = "Log a temperature.")
final class LogTemperatureCommand extends LogEntryCommand {
    @Option(names = "--celsius", paramLabel = "C", description = "Temperature in °C.")
    BigDecimal celsius;

    @Option(names = "--fahrenheit", paramLabel = "F", description = "Temperature in °F.")
    BigDecimal fahrenheit;

    @Option(names = "--method", description = "rectal, armpit, ear, forehead or oral.")
    String method;

    LogTemperatureCommand(Console console) {
        super(console);
    }

    @Override
    EntryType type() {
        return EntryType.TEMPERATURE;
    }

    @Override
    EntryData data(OpenJournal open, Instant start) {
        return new EntryData.Temperature(Amounts.either("--celsius", celsius, Units::deciCelsiusFromCelsius,
                "--fahrenheit", fahrenheit, Units::deciCelsiusFromFahrenheit),
                Choices.parse(TemperatureMethod.class, "--method", method));
    }
}
