package nestling.cli;

import java.nio.file.Path;
import java.util.Map;
import nestling.vault.VaultLocation;

/** Where the vault directory comes from: {@code --vault}, else {@code NESTLING_HOME}, else the OS default. */
final class VaultOptions {
    private VaultOptions() {
    }

    static Path resolve(Path fromFlag, Map<String, String> environment) {
        return VaultLocation.resolve(fromFlag, environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
