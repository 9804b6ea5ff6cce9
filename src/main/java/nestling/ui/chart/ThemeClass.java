package nestling.ui.chart;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Adds the charts' stylesheet to a screen and marks it {@code theme-dark} or {@code theme-night}
 * after the scene's theme, so the kind colours (which the palette does not hold yet) dim at night.
 */
public final class ThemeClass {
    static final String SHEET = "/nestling/ui/charts.css";

    private ThemeClass() {
    }

    public static void install(Parent root) {
        root.getStylesheets().add(ThemeClass.class.getResource(SHEET).toExternalForm());
        ListChangeListener<String> follow = change -> apply(root, root.getScene());
        root.sceneProperty().subscribe((before, scene) -> {
            if (before != null) {
                before.getStylesheets().removeListener(follow);
            }
            if (scene != null) {
                scene.getStylesheets().addListener(follow);
            }
            apply(root, scene);
        });
    }

    private static void apply(Parent root, Scene scene) {
        root.getStyleClass().removeAll("theme-dark", "theme-night");
        if (scene == null) {
            return;
        }
        for (String sheet : scene.getStylesheets()) {
            if (sheet.endsWith("theme-dark.css")) {
                root.getStyleClass().add("theme-dark");
            } else if (sheet.endsWith("theme-night.css")) {
                root.getStyleClass().add("theme-night");
            }
        }
    }
}
