package nestling.ui.settings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nestling.store.SettingsRepository;

/** The auto-lock idle time, kept in the vault's settings so it follows the family's data. */
public final class AutoLockSetting {
    public static final String KEY = "ui.autoLockMinutes";
    public static final int DEFAULT_MINUTES = 15;
    /** What the settings screen offers; 0 means never. */
    public static final List<Integer> CHOICES = List.of(1, 5, 10, 15, 30, 60, 0);

    private final SettingsRepository settings;

    public AutoLockSetting(SettingsRepository settings) {
        this.settings = settings;
    }

    /** Reads the stored minutes (a query: call it off the FX thread); a missing or odd value gives the default. */
    public int minutes() {
        return parse(settings.get(KEY));
    }

    public void store(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        settings.put(KEY, Integer.toString(minutes));
    }

    static int parse(Optional<String> stored) {
        try {
            int minutes = stored.map(String::trim).map(Integer::parseInt).orElse(DEFAULT_MINUTES);
            return minutes < 0 ? DEFAULT_MINUTES : minutes;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    public static Duration asDuration(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
