package nestling.ui.history;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.ui.common.Theme;
import nestling.ui.shell.MainWindow;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real window on the Headless platform: log a bottle through its form, then edit, delete, undo, filter, search. */
class HistoryFlowTest {
    @TempDir
    Path parent;

    private WindowTesting app;
    private FxRobot robot;
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        app = new WindowTesting(parent.resolve("nestling"), 1280, 800, (session, testing) -> {
            Journal journal = Journal.of(session.database(), testing.clock);
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                    null);
            Instant now = testing.clock.instant();
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(2)), null,
                    new EntryData.Diaper(true, true, false, null, null, false, null));
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(1)), null,
                    new EntryData.Note("Grandma visited, slept well after"));
        }, started -> { });
        robot = app.robot;
        ui = app.ui;
        window = app.window();
        app.unlock();
        robot.clickOn("#nav-history");
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryRow> table() {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<EntryType> typeFilter() {
        return robot.lookup("#history-type").queryAs(ComboBox.class);
    }

    private List<String> summaries() {
        return onFx(() -> table().getItems().stream().map(r -> r.type() + ": " + r.summary()).toList());
    }

    private Scene formScene() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#entry-form") != null).findFirst().map(Window::getScene).orElse(null));
    }

    @Test
    void logEditDeleteUndoFilterAndSearch() {
        assertEquals(List.of("Note: Grandma visited, slept well after", "Diaper: Wet \u00b7 Dirty"), summaries());
        Screenshots.save(window.scene(), "30-history");

        // A bottle through its form: the time typed, the amount typed, Enter saves.
        robot.clickOn("#history-new");
        robot.clickOn("Bottle");
        ui.drainTasks();
        waitUntil("the form shows", () -> formScene() != null);
        waitUntil("the amount is focused", () -> robot.lookup("#entry-amount").query().isFocused());
        robot.doubleClickOn("#entry-start").write("-15m");
        robot.clickOn("#entry-amount").write("95");
        ui.drainTasks();
        Screenshots.save(formScene(), "31-entry-form-bottle");
        String shown = onFx(() -> robot.lookup("#entry-start-shown").queryLabeled().getText());
        assertTrue(shown.contains("2:45"), "shows the time it understood: " + shown);
        fx(() -> Theme.DARK.applyTo(formScene()));
        Screenshots.save(formScene(), "32-entry-form-bottle-dark");
        robot.type(KeyCode.ENTER);
        ui.drainTasks();
        waitUntil("the form closed", () -> formScene() == null);
        ui.drainTasks();
        assertEquals("Bottle: 95 ml", summaries().getFirst());
        assertEquals(ui.clock.instant().minus(Duration.ofMinutes(15)), onFx(() -> table().getItems().getFirst().entry().start()));

        // Edit: select the row, Enter opens the same form filled in.
        fx(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        ui.drainTasks();
        waitUntil("the edit form shows", () -> formScene() != null);
        robot.doubleClickOn("#entry-amount").eraseText(2).write("110");
        robot.type(KeyCode.ENTER);
        ui.drainTasks();
        waitUntil("the form closed", () -> formScene() == null);
        ui.drainTasks();
        assertEquals("Bottle: 110 ml", summaries().getFirst());
        assertEquals(3, summaries().size());

        // Delete, then Ctrl+Z brings it back.
        fx(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        ui.drainTasks();
        assertEquals(2, summaries().size());
        assertEquals("Entry deleted.", onFx(() -> robot.lookup("#history-status").queryLabeled().getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        ui.drainTasks();
        assertEquals("Bottle: 110 ml", summaries().getFirst());

        // Filter by type, then search with Ctrl+F.
        fx(() -> typeFilter().setValue(EntryType.DIAPER));
        ui.drainTasks();
        assertEquals(List.of("Diaper: Wet \u00b7 Dirty"), summaries());
        fx(() -> typeFilter().setValue(null));
        ui.drainTasks();
        fx(() -> table().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(onFx(() -> robot.lookup("#history-search").query().isFocused()));
        robot.write("grandma");
        ui.drainTasks();
        assertEquals(List.of("Note: Grandma visited, slept well after"), summaries());
        robot.eraseText(7);
        ui.drainTasks();
        fx(() -> Theme.DARK.applyTo(window.scene()));
        Screenshots.save(window.scene(), "33-history-dark");
        assertEquals(3, summaries().size());
    }
}
