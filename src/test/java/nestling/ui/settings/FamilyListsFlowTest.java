package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nestling.domain.ActivityType;
import nestling.domain.Caregiver;
import nestling.journal.Journal;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Settings in the real window: rename a caregiver, remove an activity after confirming (and keep one). */
class FamilyListsFlowTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** Scrolls the page so {@code id} is in view (the robot clicks only what it can see). */
    private void scrollTo(String id) {
        fx(() -> {
            ScrollPane content = app.robot.lookup("#content").queryAs(ScrollPane.class);
            Node node = app.robot.lookup(id).query();
            Bounds inPage = content.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getContent().getBoundsInLocal().getHeight() - content.getViewportBounds().getHeight();
            content.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inPage.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void renameACaregiverThenRemoveAnActivityOnlyAfterConfirming() throws Exception {
        app = new WindowTesting(temp, window -> { });
        app.unlock();
        Journal journal = onFx(() -> app.window().shell().journal());
        journal.family().addActivityType("Swimming", "#3a7bd5", true);
        journal.family().addActivityType("Massage", null, false);
        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();

        scrollTo("#caregivers-list");
        fx(() -> app.robot.lookup("#caregivers-list").queryAs(ListView.class).getSelectionModel().select(0));
        app.robot.clickOn("#caregiver-rename").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Samira").type(KeyCode.ENTER);
        app.ui.drainTasks();
        assertEquals("Samira", journal.family().caregivers().getFirst().name());

        scrollTo("#activity-types");
        app.robot.clickOn("Swimming (with duration)");
        Screenshots.save(app.window().scene(), "39-settings-activity-chosen");
        app.robot.clickOn("#activity-remove");
        waitUntil("asked", () -> app.robot.lookup("#activity-remove-dialog").tryQuery().isPresent());
        assertTrue(onFx(() -> app.robot.lookup("#activity-remove-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText()).startsWith("Swimming will no longer be offered for new entries."));
        app.robot.clickOn("#activity-remove-dialog-keep");
        waitUntil("dialog gone", () -> app.robot.lookup("#activity-remove-dialog").tryQuery().isEmpty());
        app.ui.drainTasks();
        assertEquals(2, journal.family().activityTypes().size(), "Keep removes nothing");

        app.robot.clickOn("#activity-remove");
        waitUntil("asked again", () -> app.robot.lookup("#activity-remove-dialog").tryQuery().isPresent());
        app.robot.clickOn("#activity-remove-dialog-remove");
        app.ui.drainTasks();
        assertEquals("Massage", journal.family().activityTypes().stream().map(ActivityType::name)
                .reduce((a, b) -> a + "," + b).orElse(""));
        assertEquals(1, onFx(() -> app.robot.lookup("#activity-types").queryAs(ListView.class).getItems().size()));
        assertTrue(journal.family().activityTypes(true).stream().anyMatch(t -> t.name().equals("Swimming")),
                "still there as a tombstone for its entries");
        assertEquals(1, journal.family().caregivers().stream().map(Caregiver::name).filter("Samira"::equals).count());
    }
}
