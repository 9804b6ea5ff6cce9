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

    @Test
    void aScreenStyledUnseenIsStyledThenTakenOutAgain() {
        record Seen(boolean skinned, Object parent, List<Node> frameShows, Node shown) {
        }
        Seen seen = onFx(() -> {
            ScreenFrame frame = new ScreenFrame();
            Label lockScreen = new Label("lock screen");
            frame.show(lockScreen);
            Theme.LIGHT.applyTo(new Scene(frame, 1024, 640));
            frame.resize(1024, 640);
            Button button = new Button("Today");
            VBox shell = new VBox(button);

            frame.styleUnseen(shell);

            // a control gets its skin from CSS: only a node styled in a scene has one
            return new Seen(button.getSkin() != null, shell.getParent(),
                    List.copyOf(frame.getChildrenUnmodifiable()), lockScreen);
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
        record Seen(boolean hiddenWhilePrepared, boolean lockScreenTyped, boolean skinned, double width, Node topWhilePrepared,
                List<Node> frameShows, boolean visible, Object parentAfter, int parentChanges) {
        }
        Seen seen = onFx(() -> {
            ScreenFrame frame = new ScreenFrame();
            Label lockScreen = new Label("lock screen");
            frame.show(lockScreen);
            Theme.LIGHT.applyTo(new Scene(frame, 1024, 640));
            frame.resize(1024, 640);
            Button button = new Button("Today");
            VBox shell = new VBox(button);
            int[] parentChanges = {0};
            shell.parentProperty().addListener((o, was, now) -> parentChanges[0]++);

            boolean[] lockScreenTyped = {false};
            lockScreen.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> lockScreenTyped[0] = true);

            frame.prepare(shell);
            javafx.event.Event.fireEvent(lockScreen, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER, false, false,
                    false, false));
            boolean hidden = !shell.isVisible();
            boolean skinned = button.getSkin() != null;
            double width = shell.getWidth();
            Node top = frame.getChildrenUnmodifiable().getLast();

            frame.show(shell);
            return new Seen(hidden, lockScreenTyped[0], skinned, width, top, List.copyOf(frame.getChildrenUnmodifiable()),
                    shell.isVisible(), shell.getParent(), parentChanges[0]);
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
