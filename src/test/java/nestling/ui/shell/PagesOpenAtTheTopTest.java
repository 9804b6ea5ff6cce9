package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and Your data are long pages: they open at the top, with their first heading in view,
 * not scrolled to a control further down (on a small window, where the page must scroll).
 */
class PagesOpenAtTheTopTest {
    @TempDir
    Path parent;

    private WindowTesting app;

    @BeforeEach
    void setUp() throws Exception {
        app = new WindowTesting(parent.resolve("nestling"), 1024, 640, WindowTesting.ADA, started -> { });
        app.unlock();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#nav-backup", "#nav-about"})
    void theFirstHeadingIsInView(String navigation) {
        // From another long page the parent scrolled down: that scroll must not carry over.
        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();
        ScrollPane content = app.robot.lookup("#content").queryAs(ScrollPane.class);
        app.robot.moveTo(content).scroll(12, javafx.geometry.VerticalDirection.DOWN);
        app.ui.drainTasks();
        assertTrue(onFx(content::getVvalue) > 0.1, "Settings scrolled down: " + onFx(content::getVvalue));
        app.robot.clickOn(navigation);
        app.ui.drainTasks();
        assertTrue(onFx(() -> content.getContent().getLayoutBounds().getHeight() > content.getViewportBounds().getHeight()),
                "the page is longer than the window, so it could open scrolled");
        assertEquals(0.0, onFx(content::getVvalue), 1e-9, "opens at the top");
        Node heading = onFx(() -> content.getContent().lookupAll(".subheading").stream()
                .filter(Node::isVisible).filter(n -> n instanceof Labeled).findFirst().orElseThrow());
        Bounds shown = onFx(() -> content.localToScene(content.getLayoutBounds()));
        Bounds at = onFx(() -> heading.localToScene(heading.getLayoutBounds()));
        assertTrue(at.getMinY() >= shown.getMinY() && at.getMaxY() <= shown.getMaxY(),
                "the first heading is in view: " + at + " in " + shown);
    }
}
