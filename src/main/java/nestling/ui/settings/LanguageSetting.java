package nestling.ui.settings;

import nestling.store.SettingsRepository;

/** The chosen language, kept in the vault's settings; {@link Language#SYSTEM} unless the family chose one. */
public final class LanguageSetting {
    public static final String KEY = "ui.language";

    private final SettingsRepository settings;

    public LanguageSetting(SettingsRepository settings) {
        this.settings = settings;
    }

    /** A query: call it off the FX thread. */
    public Language language() {
        return settings.get(KEY).flatMap(Language::parse).orElse(Language.SYSTEM);
    }

    public void store(Language language) {
        settings.put(KEY, language.name());
    }
}
