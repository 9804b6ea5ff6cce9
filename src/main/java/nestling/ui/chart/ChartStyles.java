package nestling.ui.chart;

import javafx.scene.Parent;

/**
 * Adds the charts' stylesheet to a screen. Its colours are the palette's (nestling.css and the
 * theme files), so the charts follow the light, dark and night themes like everything else.
 */
public final class ChartStyles {
    static final String SHEET = "/nestling/ui/charts.css";

    private ChartStyles() {
    }

    public static void install(Parent root) {
        root.getStylesheets().add(ChartStyles.class.getResource(SHEET).toExternalForm());
    }
}
