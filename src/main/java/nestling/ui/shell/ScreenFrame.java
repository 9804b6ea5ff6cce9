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

    /** Shows {@code screen} alone: one {@link #prepare prepared} here already is only uncovered. */
    void show(Parent screen) {
        if (screen.getParent() == this) {
            // not taken out and put back: that would style it all over again
            getChildren().removeIf(child -> child != screen);
            screen.setVisible(true);
        } else {
            getChildren().setAll(screen);
        }
    }

    /**
     * Puts {@code next} in the frame, hidden under what it shows, and styles and lays it out now, so
     * that {@link #show} then only draws it: the unlocked shell, while Today's first dashboard is
     * still being read. Hidden, it is neither drawn nor reached by the mouse, and the focus stays
     * where it is; the screen still shown takes no more input.
     */
    void prepare(Parent next) {
        // what still shows is on its way out: a key or click meant for it (a second Return) is dropped
        for (javafx.scene.Node leaving : getChildren()) {
            leaving.addEventFilter(javafx.scene.input.InputEvent.ANY, javafx.event.Event::consume);
        }
        next.setVisible(false);
        getChildren().add(0, next);
        next.applyCss();
        layout();
    }

    /**
     * Styles {@code screen} as if it were shown, and takes it out again in the same step, so no
     * pulse draws it and no event reaches it: the frame's style cache learns the screen's rules
     * before the screen is shown for real (the unlock rehearsal). Not laid out here: that is the
     * same work in any scene, and this step holds up the keys a parent is typing.
     */
    void styleUnseen(Parent screen) {
        getChildren().add(screen);
        try {
            screen.applyCss();
        } finally {
            getChildren().remove(screen);
        }
    }

    @Override
    protected void layoutChildren() {
        for (javafx.scene.Node child : getChildren()) {
            child.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }
}
