package nestling.cli;

import java.nio.file.Path;
import java.util.Map;
import nestling.vault.VaultLocation;
import picocli.CommandLine.Option;

/**
 * The {@code --vault DIR} option shared by every command. Where it is absent: {@code NESTLING_HOME},
 * else the OS default data folder.
 */
final class VaultDirectory {
    @Option(names = "--vault", paramLabel = "DIR",
            description = "Vault directory (default: $NESTLING_HOME, else the OS data folder).")
    Path fromFlag;

    Path resolve(Map<String, String> environment) {
        return resolve(fromFlag, environment);
    }

    static Path resolve(Path fromFlag, Map<String, String> environment) {
        return VaultLocation.resolve(fromFlag, environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
