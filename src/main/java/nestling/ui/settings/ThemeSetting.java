package nestling.ui.settings;

import nestling.store.SettingsRepository;
import nestling.ui.common.Theme;

/** The chosen theme, kept in the vault's settings; {@link Theme#SYSTEM} unless the family chose one. */
public final class ThemeSetting {
    public static final String KEY = "ui.theme";

    private final SettingsRepository settings;

    public ThemeSetting(SettingsRepository settings) {
        this.settings = settings;
    }

    /** A query: call it off the FX thread. */
    public Theme theme() {
        return settings.get(KEY).flatMap(Theme::parse).orElse(Theme.SYSTEM);
    }

    public void store(Theme theme) {
        settings.put(KEY, theme.name());
    }
}
