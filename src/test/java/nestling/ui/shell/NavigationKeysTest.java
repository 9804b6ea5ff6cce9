package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alt+1 … Alt+8 show the sections, Ctrl+N opens "+ New entry" (arrows and Enter pick a form), Ctrl+Q closes. */
class NavigationKeysTest {
    private WindowTesting app;

    /** Every test starts on Today, unlocked. */
    @BeforeEach
    void unlock(@TempDir Path vault) throws Exception {
        app = new WindowTesting(vault, window -> { });
        app.unlock();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void keys(KeyCode... keys) {
        app.robot.press(keys).release(keys);
        app.ui.drainTasks();
    }

    private Section section() {
        return onFx(() -> app.window().shell().sectionProperty().get());
    }

    /** The stage of an open entry form, if one shows. */
    private Optional<Stage> form() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#entry-form") != null).map(Stage.class::cast).findFirst());
    }

    /** Ctrl+N opens the {@code menu} of this screen; Down {@code downs} times and Enter open the form {@code title}. */
    private void newEntry(String menu, int downs, String title) {
        keys(KeyCode.CONTROL, KeyCode.N);
        waitUntil(menu + " shows", () -> onFx(() -> app.robot.lookup(menu).queryAs(MenuButton.class).isShowing()));
        for (int i = 0; i < downs; i++) {
            keys(KeyCode.DOWN);
        }
        keys(KeyCode.ENTER);
        waitUntil("a form shows", () -> form().isPresent());
        assertEquals(title, onFx(() -> form().orElseThrow().getTitle()));
        keys(KeyCode.ESCAPE);
        waitUntil("the form closed", () -> form().isEmpty());
    }

    @Test
    void altAndADigitShowsTheSectionsInTheOrderOfTheNavigation() {
        assertEquals(Section.TODAY, section());
        // Backwards, so that every key changes the section.
        for (int i = 8; i >= 1; i--) {
            keys(KeyCode.ALT, KeyCode.getKeyCode(Integer.toString(i)));
            Section expected = Section.values()[i - 1];
            assertEquals(expected, section(), "Alt+" + i);
            assertEquals(app.ui.context.text(expected.key()), app.text("#section-title"));
            assertTrue(onFx(() -> app.robot.lookup("#" + expected.id())
                    .queryAs(ToggleButton.class).isSelected()), "its button is selected");
        }

        // Also while typing in a field: the History's search.
        keys(KeyCode.ALT, KeyCode.DIGIT3);
        app.robot.clickOn("#history-search").write("bath");
        keys(KeyCode.ALT, KeyCode.DIGIT7);
        assertEquals(Section.SETTINGS, section());

        // Locked, the keys do nothing (and the unlock screen stays).
        keys(KeyCode.CONTROL, KeyCode.L);
        waitUntil("locked", () -> app.window().shell() == null);
        keys(KeyCode.ALT, KeyCode.DIGIT1);
        assertTrue(app.robot.lookup("#unlock-screen").tryQuery().isPresent());
    }

    @Test
    void ctrlNOpensTheNewEntryMenuOfTodayAndOfTheHistoryAndTheArrowsPickAForm() {
        newEntry("#today-new", 2, "New entry: Bottle");
        keys(KeyCode.ALT, KeyCode.DIGIT3);
        newEntry("#history-new", 7, "New entry: Medicine");

        // A screen without the menu: Ctrl+N does nothing.
        keys(KeyCode.ALT, KeyCode.DIGIT2);
        keys(KeyCode.CONTROL, KeyCode.N);
        assertTrue(form().isEmpty());
        assertFalse(onFx(() -> app.window().scene().getAccelerators().containsKey(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN))), "the History's key went with its screen");
    }

    @Test
    void ctrlQSavesLocksAndClosesTheWindow() {
        ShellViewModel shell = onFx(app.window()::shell);
        Stage stage = (Stage) onFx(() -> app.window().scene().getWindow());
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitUntil("the window closed", () -> !stage.isShowing());
        assertTrue(shell.sessionLock().isLocked(), "locked before it closed");
    }

    @Test
    void ctrlQClosesTheUnlockScreenToo() {
        Stage stage = (Stage) onFx(() -> app.window().scene().getWindow());
        keys(KeyCode.CONTROL, KeyCode.L);
        waitUntil("locked", () -> app.window().shell() == null);
        app.robot.clickOn("#unlock-passphrase");
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitUntil("the window closed", () -> !stage.isShowing());
    }
}
