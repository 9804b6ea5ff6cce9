package nestling.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --zone}: the zone times are shown and typed in, else the one every command uses. */
final class ZoneOption {
    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of the times shown and typed, e.g. Europe/Berlin (default: this computer's, TZ if set).")
    String zone;

    ZoneId zoneId(Map<String, String> environment) {
        return parse(zone, environment);
    }

    /** {@code text}, else {@link CliTime#zone}; an unknown name is a usage error that shows the form. */
    static ZoneId parse(String text, Map<String, String> environment) {
        if (text == null) {
            return CliTime.zone(environment);
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new CliFailure(ExitCodes.USAGE, "unknown --zone '" + text + "': use a name like Europe/Berlin");
        }
    }
}
