package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nestling.store.SettingsRepository;
import nestling.ui.common.Theme;
import nestling.ui.shell.Section;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen in the real window: adding a baby by keyboard, screenshots, switching to German. */
class SettingsScreenTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addABabyThenSwitchTheWindowToGerman() throws Exception {
        app = new WindowTesting(temp, window -> { });
        app.unlock();
        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();
        Screenshots.save(app.window().scene(), "30-settings-light");
        fx(() -> app.window().shell().changeTheme(Theme.DARK));
        Screenshots.save(app.window().scene(), "31-settings-dark");
        fx(() -> app.window().shell().changeTheme(Theme.LIGHT));

        app.robot.clickOn("#baby-new");
        app.robot.clickOn("#baby-name").write("Bo");
        fx(() -> app.robot.lookup("#baby-birth-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 2, 14)));
        app.robot.clickOn("#baby-birth-time").write("23:10").type(KeyCode.ENTER);
        app.ui.drainTasks();
        waitUntil("saved", () -> app.text("#baby-saved").equals("Bo is saved."));
        waitUntil("the shell knows both babies", () -> app.window().shell().babies().size() == 2);

        fx(() -> app.robot.lookup("#content").queryAs(ScrollPane.class).setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.window().scene(), "32-settings-middle");
        fx(() -> app.robot.lookup("#content").queryAs(ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(app.window().scene(), "34-settings-bottom");
        fx(() -> app.robot.lookup("#content").queryAs(ScrollPane.class).setVvalue(0));
        fx(() -> app.robot.lookup("#language-choice").queryAs(ChoiceBox.class).setValue(Language.GERMAN));
        app.ui.drainTasks();
        waitUntil("rebuilt in German", () -> app.text("#nav-settings").equals("Einstellungen"));
        assertEquals(Section.SETTINGS, onFx(() -> app.window().shell().sectionProperty().get()), "still on Settings");
        app.ui.drainTasks();
        assertEquals("GERMAN", new SettingsRepository(onFx(() -> app.window().shell().session()).database())
                .get(LanguageSetting.KEY).orElseThrow());
        assertTrue(app.text("#settings-babies-heading").equals("Babys"));
        Screenshots.save(app.window().scene(), "33-settings-german");
        fx(() -> app.window().shell().sessionLock().lock());
        waitUntil("locked", () -> app.window().shell() == null);
        assertEquals("Entsperren", app.text("#unlock-button"));
    }
}
