package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nestling.ui.common.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window's one root: a screen styled unseen is styled, and never stays in it. */
class ScreenFrameTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A frame in a styled scene, showing a lock screen; and a shell (one button) not in it yet. FX thread. */
    private record Framed(ScreenFrame frame, Label lockScreen, VBox shell, Button button) {
        static Framed onLockScreen() {
            ScreenFrame frame = new ScreenFrame();
            Label lockScreen = new Label("lock screen");
            frame.show(lockScreen);
            Theme.LIGHT.applyTo(new Scene(frame, 1024, 640));
            frame.resize(1024, 640);
            Button button = new Button("Today");
            return new Framed(frame, lockScreen, new VBox(button), button);
        }
    }

    @Test
    void aScreenStyledUnseenIsStyledThenTakenOutAgain() {
        record Seen(boolean skinned, Object parent, List<Node> frameShows, Node shown) {
        }
        Seen seen = onFx(() -> {
            Framed f = Framed.onLockScreen();

            f.frame().styleUnseen(f.shell());

            // a control gets its skin from CSS: only a node styled in a scene has one
            return new Seen(f.button().getSkin() != null, f.shell().getParent(),
                    List.copyOf(f.frame().getChildrenUnmodifiable()), f.lockScreen());
        });
        assertTrue(seen.skinned(), "styled");
        assertNull(seen.parent(), "taken out again");
        assertNotNull(seen.shown());
        assertEquals(List.of(seen.shown()), seen.frameShows(), "the frame shows what it showed before, alone");
    }

    /**
     * A prepared screen waits hidden under the one shown, styled and laid out to the frame's size;
     * shown, it is uncovered, not put in again (which would style it all over), and stands alone.
     */
    @Test
    void aPreparedScreenWaitsHiddenStyledAndLaidOutThenIsUncovered() {
        record Seen(boolean hiddenWhilePrepared, boolean lockScreenTyped, boolean skinned, double width,
                Node topWhilePrepared, List<Node> frameShows, boolean visible, int parentChanges) {
        }
        Seen seen = onFx(() -> {
            Framed f = Framed.onLockScreen();
            int[] parentChanges = {0};
            f.shell().parentProperty().addListener((o, was, now) -> parentChanges[0]++);

            boolean[] lockScreenTyped = {false};
            f.lockScreen().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> lockScreenTyped[0] = true);

            f.frame().prepare(f.shell());
            javafx.event.Event.fireEvent(f.lockScreen(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER, false, false,
                    false, false));
            boolean hidden = !f.shell().isVisible();
            boolean skinned = f.button().getSkin() != null;
            double width = f.shell().getWidth();
            Node top = f.frame().getChildrenUnmodifiable().getLast();

            f.frame().show(f.shell());
            return new Seen(hidden, lockScreenTyped[0], skinned, width, top,
                    List.copyOf(f.frame().getChildrenUnmodifiable()), f.shell().isVisible(), parentChanges[0]);
        });
        assertTrue(seen.hiddenWhilePrepared(), "hidden while prepared");
        assertFalse(seen.lockScreenTyped(), "the screen on its way out takes no more keys (a second Return)");
        assertTrue(seen.skinned(), "styled while prepared");
        assertEquals(1024, seen.width(), "laid out to the frame's size while prepared");
        assertTrue(seen.topWhilePrepared() instanceof Label, "the lock screen stays on top meanwhile");
        assertEquals(1, seen.frameShows().size(), "shown alone");
        assertTrue(seen.visible(), "uncovered");
        assertEquals(1, seen.parentChanges(), "put in once (prepare), never taken out and put back");
    }
}
