package nestling.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.ResourceBundle;
import nestling.vault.VaultOptions;

/**
 * What every screen needs, built once by the application and passed by hand (no singletons).
 *
 * @param clock the clock for idle time, retry delays and dates (tests pass one they can move)
 * @param tick how often timers (auto-lock, retry countdown) look at the clock
 */
public record UiContext(ResourceBundle bundle, Path vaultDirectory, VaultOptions vaultOptions,
        BackgroundTasks tasks, Clock clock, Duration tick) {

    public UiContext {
        Objects.requireNonNull(bundle);
        Objects.requireNonNull(vaultDirectory);
        Objects.requireNonNull(vaultOptions);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(tick);
    }

    public static ResourceBundle defaultBundle() {
        return ResourceBundle.getBundle("nestling.ui.messages");
    }

    public Formats formats() {
        return new Formats(bundle, clock.getZone());
    }

    public String text(String key) {
        return bundle.getString(key);
    }
}
