package nestling.ui.shell;

import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * The window's one root: it shows one screen at a time (create, unlock, the unlocked shell, a copy)
 * and sizes it to the window, as a scene sizes its root. Why not {@code scene.setRoot} per screen:
 * JavaFX caches which style rules match which node per scene root, so a new root threw that away at
 * every lock and unlock, and the shell's and Today's styles were matched from scratch each time.
 */
final class ScreenFrame extends Region {
    ScreenFrame() {
        setId("screen-frame");
    }

    void show(Parent screen) {
        getChildren().setAll(screen);
    }

    @Override
    protected void layoutChildren() {
        for (javafx.scene.Node child : getChildren()) {
            child.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }
}
