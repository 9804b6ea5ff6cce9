package nestling.ui.backup;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import nestling.imports.ExportFiles;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup ▸ Import from another app, in the real window: a Huckleberry export checked, then imported once. */
class AppImportFlowTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void checkShowsWhatTheExportHoldsThenImportSaysImportedOnceSaved() throws Exception {
        Path export = ExportFiles.write(temp.resolve("huckleberry.csv"), ExportFiles.HUCKLEBERRY);
        app = new WindowTesting(temp.resolve("nestling"), 1024, 640, WindowTesting.ADA, window -> { });
        app.unlock();
        app.robot.clickOn("#nav-backup");
        app.ui.drainTasks();
        fx(() -> {
            app.robot.lookup("#app-import-source").queryAs(TextField.class).setText(export.toString());
            app.robot.lookup("#app-import-zone").queryAs(TextField.class).setText("Europe/Berlin");
        });
        fx(() -> app.robot.lookup("#app-import-check").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("checked", () -> app.text("#app-import-summary").startsWith("Huckleberry: 16 to import"));
        String summary = app.text("#app-import-summary");
        assertTrue(summary.contains("Ada: "), summary);
        assertTrue(summary.contains("huckleberry.csv, line 7: a bottle of 5,000 ml is not plausible"), summary);
        reveal("#app-import-card");
        Screenshots.save(app.window().scene(), "45-app-import-checked");

        fx(() -> app.robot.lookup("#app-import-run").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("imported", () -> app.text("#app-import-result").startsWith("Imported 16 entries."));
        reveal("#app-import-result");
        Screenshots.save(app.window().scene(), "46-app-import-done");

        // the same file again: nothing to add
        fx(() -> app.robot.lookup("#app-import-check").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("checked again", () -> app.text("#app-import-summary").startsWith("Huckleberry: 0 to import, 16 already"));
    }

    /** Scrolls the screen so that {@code id} is in view, for the screenshot. */
    private void reveal(String id) {
        fx(() -> {
            Node node = app.robot.lookup(id).query();
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                    double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
                    return;
                }
            }
        });
    }
}
