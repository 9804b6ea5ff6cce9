package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
