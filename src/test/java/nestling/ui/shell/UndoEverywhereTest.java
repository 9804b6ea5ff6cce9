package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nestling.store.EntryQuery;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y work from any screen, and a text field keeps its own undo. */
class UndoEverywhereTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private int entries() {
        ShellViewModel shell = onFx(app.window()::shell);
        return shell.journal().entries().list(EntryQuery.of(null, Instant.EPOCH, app.ui.clock.instant().plusSeconds(60)))
                .size();
    }

    private void shortcut(KeyCode... keys) {
        KeyCode[] pressed = new KeyCode[keys.length + 1];
        pressed[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, pressed, 1, keys.length);
        app.robot.press(pressed).release(pressed);
        app.ui.drainTasks();
    }

    @Test
    void undoAQuickLogFromSettingsThenRedoItWithEitherKey() throws Exception {
        app = new WindowTesting(temp, window -> { });
        app.unlock();
        int before = entries();
        app.robot.type(KeyCode.W);
        app.ui.drainTasks();
        assertEquals(before + 1, entries(), "W logged a wet diaper");

        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();
        shortcut(KeyCode.Z);
        waitUntil("undone", () -> app.text("#undo-status").equals("Undone."));
        assertEquals(before, entries(), "Ctrl+Z on Settings took the diaper back");

        shortcut(KeyCode.SHIFT, KeyCode.Z);
        waitUntil("redone", () -> app.text("#undo-status").equals("Redone."));
        assertEquals(before + 1, entries());
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Y);
        assertEquals(before + 1, entries(), "Ctrl+Y redoes too");
        shortcut(KeyCode.Y);
        waitUntil("nothing left", () -> app.text("#undo-status").equals("Nothing to redo."));

        app.robot.clickOn("#baby-name").write("Jo");
        shortcut(KeyCode.Z);
        assertEquals(before + 1, entries(), "in a text field Ctrl+Z is the field's own undo");
        assertEquals("", onFx(() -> app.robot.lookup("#baby-name").queryAs(TextField.class).getText()),
                "the typing was undone");
    }

    @Test
    void aWindowReplacedOnTheSameStageNoLongerActsOnTheKeys() throws Exception {
        WindowTesting earlier = new WindowTesting(Files.createDirectories(temp.resolve("earlier")), window -> { });
        earlier.unlock();
        earlier.close();
        // the stage lives on (as in the app when a window is rebuilt): only the new window may undo
        app = new WindowTesting(Files.createDirectories(temp.resolve("now")), window -> { });
        app.unlock();
        int before = entries();
        app.robot.type(KeyCode.W);
        app.ui.drainTasks();
        app.ui.clock.advance(java.time.Duration.ofSeconds(3)); // a second W within 2 s would be a double log
        app.robot.type(KeyCode.W);
        app.ui.drainTasks();
        assertEquals(before + 2, entries());
        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();
        shortcut(KeyCode.Z);
        waitUntil("undone", () -> app.text("#undo-status").equals("Undone."));
        assertEquals(before + 1, entries(), "one undo, by the window on the stage");
    }
}
