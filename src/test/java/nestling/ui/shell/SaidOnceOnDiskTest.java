package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in the window is called logged or saved before the vault file holds it: with the disk
 * full, the quick log's bar and Settings say "not saved yet" (the entry stays in memory and the
 * saver retries); once the disk takes it again, they say logged and saved. Before, both spoke as if
 * saved while the save had failed.
 */
class SaidOnceOnDiskTest {
    @TempDir
    Path dir;

    private WindowTesting window;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aFullDiskIsNeverCalledLoggedOrSaved() throws Exception {
        UiTesting ui = new UiTesting(dir);
        window = new WindowTesting(ui, 1280, 800, WindowTesting.ADA, w -> { });
        window.unlock();
        ui.drainTasks();

        ui.diskFull.set(true);
        window.robot.clickOn("#quick-wet");
        ui.drainTasks();
        waitUntil("the logged bar", () -> !window.text("#logged-text").isEmpty());
        assertEquals("Wet diaper logged for Ada at 3:00\u202fAM, not saved yet (see the top bar)",
                window.text("#logged-text"));
        assertTrue(onFx(() -> window.robot.lookup("#logged-bar").query().getStyleClass().contains("not-saved")));

        window.robot.clickOn("#nav-settings");
        ui.drainTasks();
        window.robot.clickOn("#baby-new");
        window.robot.clickOn("#baby-name").write("Bo");
        UiTesting.fx(() -> window.robot.lookup("#baby-birth-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 2, 14)));
        window.robot.clickOn("#baby-birth-time").write("23:10").type(KeyCode.ENTER);
        ui.drainTasks();
        waitUntil("answered", () -> !window.text("#baby-saved").isEmpty());
        assertEquals("Bo is changed here, but not saved yet: the save status at the top says why.",
                window.text("#baby-saved"));

        ui.diskFull.set(false);
        window.robot.clickOn("#nav-today");
        ui.drainTasks();
        ui.clock.advance(Duration.ofMinutes(1));
        window.robot.clickOn("#quick-dirty");
        ui.drainTasks();
        waitUntil("logged and saved", () -> window.text("#logged-text").startsWith("Dirty diaper logged for Ada"));
        assertEquals("Dirty diaper logged for Ada at 3:01\u202fAM", window.text("#logged-text"));
        assertFalse(onFx(() -> window.robot.lookup("#logged-bar").query().getStyleClass().contains("not-saved")));
    }
}
