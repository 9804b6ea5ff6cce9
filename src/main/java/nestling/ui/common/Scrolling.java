package nestling.ui.common;

import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A whole-window screen (create, unlock, open a copy) that scrolls when the window is too short for it.
 * Without it, a short window squeezed the screen's wrapped texts to a line each ("Mindestens 8 Zeichen.
 * Einige Wörter, die nichts …" at 1024×640 in German) instead of letting the parent scroll. Where the
 * window has room the screen fills it and stays centred, as before.
 */
public final class Scrolling {
    private Scrolling() {
    }

    public static ScrollPane screen(Parent screen) {
        if (screen instanceof Region region) {
            // Never below its preferred height: shorter than that, it scrolls rather than squeezes.
            region.setMinHeight(Region.USE_PREF_SIZE);
        }
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("content");
        scroll.setId(screen.getId() == null ? null : screen.getId() + "-scroll");
        return scroll;
    }
}
