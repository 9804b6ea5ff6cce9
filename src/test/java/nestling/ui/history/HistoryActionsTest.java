package nestling.ui.history;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What a parent does to one row of the History besides the keyboard: the Delete button, the row's
 * context menu (Edit, Duplicate, Delete), who logged it, the count in words and Ctrl+F straight
 * after choosing History in the navigation.
 */
class HistoryActionsTest {
    @TempDir
    Path parent;

    private WindowTesting app;
    private FxRobot robot;

    @BeforeEach
    void setUp() throws Exception {
        app = new WindowTesting(parent.resolve("nestling"), 1280, 800, (session, testing) -> {
            Journal journal = Journal.of(session.database(), testing.clock);
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                    null);
            var kim = journal.family().addCaregiver("Kim", null, null);
            Instant now = testing.clock.instant();
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(2)), null,
                    new EntryData.Bottle(null, 120, null), kim.meta().id());
            // Kim no longer helps: her entries still say she logged them.
            journal.family().removeCaregiver(kim.meta().id());
        }, started -> { });
        robot = app.robot;
        app.unlock();
        robot.clickOn("#nav-history");
        app.ui.drainTasks();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryRow> table() {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    private int rows() {
        return onFx(() -> table().getItems().size());
    }

    private Scene formScene() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#entry-form") != null).findFirst().map(Window::getScene).orElse(null));
    }

    private ContextMenu openMenuOnFirstRow() {
        javafx.scene.Node first = onFx(() -> robot.lookup("#history-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(r -> r.getIndex() == 0 && r.isVisible() && !r.isEmpty()).findFirst().orElseThrow());
        robot.rightClickOn(first);
        waitUntil("the row's menu shows", () -> table().getContextMenu() != null && table().getContextMenu().isShowing());
        return onFx(() -> table().getContextMenu());
    }

    /** Chooses the menu's item as a click does: the menu closes, then the item acts. */
    private static void choose(ContextMenu menu, String id) {
        fx(() -> {
            MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            assertFalse(item.isDisable(), id + " is enabled");
            menu.hide();
            item.fire();
        });
    }

    @Test
    void oneEntryIsCountedInTheSingularAndSaysWhoLoggedIt() {
        assertEquals("Kim", onFx(() -> table().getItems().getFirst().by()),
                "a removed caregiver's entries keep her name");
        assertEquals("1 entry", app.text("#history-count"));
        ResourceBundle german = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);
        assertEquals("1 Eintrag", new MessageFormat(german.getString("history.count"), Locale.GERMAN).format(new Object[] {1}));
        assertEquals("2 Eintr\u00e4ge", new MessageFormat(german.getString("history.count"), Locale.GERMAN).format(new Object[] {2}));
        ResourceBundle english = ResourceBundle.getBundle("nestling.ui.messages", Locale.ENGLISH);
        assertEquals("1,250 entries", new MessageFormat(english.getString("history.count"), Locale.ENGLISH)
                .format(new Object[] {1250}));
    }

    @Test
    void ctrlFRightAfterChoosingHistoryGoesToTheSearch() {
        assertTrue(onFx(() -> robot.lookup("#nav-history").query().isFocused()), "the navigation button has the focus");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(onFx(() -> robot.lookup("#history-search").queryAs(TextField.class).isFocused()));
    }

    @Test
    void theDeleteButtonDeletesTheSelectedRowAndUndoBringsItBack() {
        Button delete = robot.lookup("#history-delete").queryButton();
        assertTrue(onFx(delete::isDisabled), "nothing chosen, nothing to delete");
        fx(() -> table().getSelectionModel().select(0));
        assertFalse(onFx(delete::isDisabled));
        robot.clickOn(delete);
        app.ui.drainTasks();
        assertEquals(0, rows());
        assertEquals("Entry deleted.", app.text("#history-status"));
        robot.clickOn("#history-undo");
        app.ui.drainTasks();
        assertEquals(1, rows());
    }

    @Test
    void theRowsMenuEditsDuplicatesAndDeletes() {
        ContextMenu menu = openMenuOnFirstRow();
        assertEquals(List.of("Edit", "Duplicate", "Delete"), onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList()));

        choose(menu, "history-menu-edit");
        app.ui.drainTasks();
        waitUntil("the edit form shows", () -> formScene() != null);
        assertTrue(onFx(() -> ((javafx.stage.Stage) formScene().getWindow()).getTitle().startsWith("Edit")));
        robot.type(KeyCode.ESCAPE);
        waitUntil("the form closed", () -> formScene() == null);

        ContextMenu again = openMenuOnFirstRow();
        choose(again, "history-menu-duplicate");
        app.ui.drainTasks();
        waitUntil("a new form shows", () -> formScene() != null);
        Scene form = formScene();
        assertNotNull(form);
        assertTrue(onFx(() -> ((javafx.stage.Stage) form.getWindow()).getTitle().startsWith("New")),
                "a copy is a new entry: " + onFx(() -> ((javafx.stage.Stage) form.getWindow()).getTitle()));
        assertEquals("120", onFx(() -> ((TextField) form.lookup("#entry-amount")).getText()), "filled in from the row");
        robot.type(KeyCode.ENTER);
        app.ui.drainTasks();
        waitUntil("the form closed", () -> formScene() == null);
        app.ui.drainTasks();
        assertEquals(2, rows());
        assertEquals(app.ui.clock.instant(), onFx(() -> table().getItems().getFirst().entry().start()),
                "the copy is logged now");

        ContextMenu last = openMenuOnFirstRow();
        choose(last, "history-menu-delete");
        app.ui.drainTasks();
        assertEquals(1, rows());
        assertEquals("Entry deleted.", app.text("#history-status"));
    }
}
