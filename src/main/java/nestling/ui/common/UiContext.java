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
 * @param failures where what broke is reported to the parent (kept when the language changes)
 */
public record UiContext(ResourceBundle bundle, Path vaultDirectory, VaultOptions vaultOptions,
        BackgroundTasks tasks, Clock clock, Duration tick, Failures failures) {

    /** A context with a new failure reporter. */
    public UiContext(ResourceBundle bundle, Path vaultDirectory, VaultOptions vaultOptions,
            BackgroundTasks tasks, Clock clock, Duration tick) {
        this(bundle, vaultDirectory, vaultOptions, tasks, clock, tick, new Failures());
    }

    public UiContext {
        Objects.requireNonNull(bundle);
        Objects.requireNonNull(vaultDirectory);
        Objects.requireNonNull(vaultOptions);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(tick);
        Objects.requireNonNull(failures);
    }

    public static ResourceBundle defaultBundle() {
        return ResourceBundle.getBundle("nestling.ui.messages");
    }

    public Formats formats() {
        return new Formats(bundle, clock.getZone());
    }

    /** The same context in another language (a rebuilt window keeps its tasks, clock and failures). */
    public UiContext withBundle(ResourceBundle other) {
        return new UiContext(other, vaultDirectory, vaultOptions, tasks, clock, tick, failures);
    }

    /** The same context on another clock (a copy is shown on a clock that starts at the copy's time). */
    public UiContext withClock(Clock other) {
        return new UiContext(bundle, vaultDirectory, vaultOptions, tasks, other, tick, failures);
    }

    public String text(String key) {
        return bundle.getString(key);
    }
}
