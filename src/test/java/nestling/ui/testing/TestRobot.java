package nestling.ui.testing;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.Motion;
import org.testfx.robot.MouseRobot;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's robot, typing a whole text (and making a whole click) before it waits for the FX thread,
 * instead of after every character (and every step of the pointer).
 *
 * <p>Why: TestFX's write robot waits for the FX events after each character, and that wait is five
 * rounds of "run on the FX thread, then sleep 10 ms" (not configurable): 50 ms a character. The suite
 * types passphrases, names and amounts thousands of times, and half of a window test's time went into
 * those sleeps. The key events still go through the same path (the scene's key handling, pressed, typed,
 * released, in order, on the FX thread); only the waits between characters go. One wait after the
 * text leaves the window settled exactly as TestFX's last wait did.
 *
 * <p>A click is the same story: TestFX glides the pointer there in up to 200 steps of a millisecond's
 * sleep, then waits after the move, after the press and after the release. Here the pointer jumps to
 * the point (the scene still sees the move, then the press, then the release, in that order, and picks
 * the target from the press's position as before) and only the release is waited for. Typed keys
 * likewise wait once, after the last.
 */
public class TestRobot extends FxRobot {

    @Override
    public FxRobot write(String text) {
        Scene scene = targetScene();
        BaseRobot keys = robotContext().getBaseRobot();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            keys.typeKeyboard(scene, keyCodeOf(c), Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @Override
    public FxRobot write(char character) {
        return write(Character.toString(character));
    }

    /** Each key pressed and released in turn, as TestFX does, with one wait after the last. */
    @Override
    public FxRobot type(KeyCode... keys) {
        KeyboardRobot keyboard = robotContext().getKeyboardRobot();
        for (KeyCode key : keys) {
            keyboard.pressNoWait(key);
            keyboard.releaseNoWait(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @Override
    public FxRobot type(KeyCode key, int times) {
        KeyCode[] keys = new KeyCode[times];
        Arrays.fill(keys, key);
        return type(keys);
    }

    @Override
    public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.moveNoWait(pointQuery.query());
        mouse.pressNoWait(buttons);
        mouse.release(buttons);
        return this;
    }

    /** The window TestFX's write robot would type into: the focused one, else its target, else the first. */
    private Scene targetScene() {
        Window window = robotContext().getWindowFinder().window(Window::isFocused);
        if (window == null) {
            window = robotContext().getWindowFinder().targetWindow();
        }
        if (window == null) {
            window = robotContext().getWindowFinder().window(0);
        }
        return window.getScene();
    }

    /** As TestFX maps characters: Enter and Tab are keys of their own, the rest is typed text. */
    private static KeyCode keyCodeOf(char c) {
        return switch (c) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
    }
}
