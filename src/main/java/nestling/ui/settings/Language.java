package nestling.ui.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The window's language: the system's (when Nestling has it), English or German. */
public enum Language {
    SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The bundle key of its name in the language list ("settings.language.german"). */
    public String key() {
        return "settings.language." + name().toLowerCase(Locale.ROOT);
    }

    /** The messages in this language (the system's for {@link #SYSTEM}); missing keys fall back to English. */
    public ResourceBundle bundle() {
        return ResourceBundle.getBundle("nestling.ui.messages", locale == null ? Locale.getDefault() : locale);
    }

    /** True when {@code bundle} is already this language's, so nothing needs rebuilding. */
    public boolean matches(ResourceBundle bundle) {
        return bundle().getLocale().equals(bundle.getLocale());
    }

    public static Optional<Language> parse(String stored) {
        try {
            return stored == null ? Optional.empty() : Optional.of(valueOf(stored));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
