package nestling.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a family's vault directory lives: the {@code --vault} flag, else {@code NESTLING_HOME},
 * else the usual per-user data folder of the operating system.
 */
public final class VaultLocation {
    public static final String VAULT_FILE = "nestling.vault";
    public static final String LOCK_FILE = "nestling.lock";
    public static final String SNAPSHOT_DIRECTORY = "snapshots";
    /** The operations log (never data) lives beside the vault, so one folder holds all Nestling wrote. */
    public static final String LOG_DIRECTORY = "logs";

    private VaultLocation() {
    }

    public static Path resolve(Path fromFlag, Map<String, String> environment, String osName, Path userHome) {
        if (fromFlag != null) {
            return fromFlag.toAbsolutePath();
        }
        String home = environment.get("NESTLING_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Nestling");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Nestling");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("nestling");
    }
}
