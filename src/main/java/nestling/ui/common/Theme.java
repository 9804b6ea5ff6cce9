package nestling.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;

/** The window's look: follow the OS, or light, dark, or the dim night theme for 3 a.m. feeds. */
public enum Theme {
    SYSTEM, LIGHT, DARK, NIGHT;

    static final String BASE = "/nestling/ui/nestling.css";

    /** The bundle key of the theme's name ("theme.night"). */
    public String key() {
        return "theme." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> parse(String stored) {
        try {
            return Optional.of(Theme.valueOf(stored.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** LIGHT, DARK or NIGHT: SYSTEM resolved against the OS colour scheme (FX thread). */
    public Theme resolved() {
        if (this != SYSTEM) {
            return this;
        }
        return Platform.getPreferences().getColorScheme() == ColorScheme.DARK ? DARK : LIGHT;
    }

    /** The stylesheets for this theme, base first. */
    public List<String> stylesheets() {
        String base = Theme.class.getResource(BASE).toExternalForm();
        return switch (resolved()) {
            case DARK -> List.of(base, Theme.class.getResource("/nestling/ui/theme-dark.css").toExternalForm());
            case NIGHT -> List.of(base, Theme.class.getResource("/nestling/ui/theme-night.css").toExternalForm());
            default -> List.of(base);
        };
    }

    public void applyTo(Scene scene) {
        List<String> sheets = stylesheets();
        // The same sheets set again would still restyle the whole window from scratch (JavaFX drops
        // its matched styles at any change of the list): at each unlock of a family with its own theme.
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
    }
}
