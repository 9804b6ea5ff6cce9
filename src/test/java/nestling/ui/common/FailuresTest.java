package nestling.ui.common;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import nestling.app.ActivityLog;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing fails silently: a failure on the FX thread, expected or not, shows a calm message that
 * says what could not be done and that the data is safe, and reaches the activity log without the
 * family's data.
 */
class FailuresTest {
    @TempDir
    Path dir;

    private WindowTesting window;
    private ActivityLog log;
    private List<Handler> consoleHandlers;

    @BeforeEach
    void openWindow() throws Exception {
        consoleHandlers = List.of(Logger.getLogger("").getHandlers());
        log = ActivityLog.takeOver();
        window = new WindowTesting(dir, w -> { });
        log.writeTo(dir);
        window.unlock();
    }

    @AfterEach
    void closeWindow() throws Exception {
        try {
            window.close();
        } finally {
            log.close();
            consoleHandlers.forEach(Logger.getLogger("")::addHandler);
        }
    }

    @Test
    void anUncaughtFailureShowsACalmMessageAndIsLoggedWithoutFamilyData() throws Exception {
        window.expectFailures(1);
        Platform.runLater(() -> {
            throw new IllegalStateException("Ada's secret note");
        });
        DialogPane message = waitForMessage();
        assertEquals("Something went wrong", onFx(message::getHeaderText));
        assertTrue(onFx(message::getContentText).startsWith(
                "Something in Nestling went wrong. Your data is safe: everything saved before stays saved."),
                onFx(message::getContentText));
        assertTrue(onFx(message::getContentText).contains(dir.resolve("logs").toString()), "says where the log is");

        String logged = Files.readString(dir.resolve("logs").resolve("nestling.0.log"));
        assertTrue(logged.contains("a window action failed") && logged.contains("java.lang.IllegalStateException"),
                logged);
        assertFalse(logged.contains("Ada"), "the log holds no family data: " + logged);
    }

    @Test
    void aFormThatCannotOpenSaysWhichOneAndThatTheDataIsSafe() {
        window.expectFailures(1);
        UiContext context = window.ui.context;
        fx(() -> assertFalse(context.failures().attempt(context,
                context.formats().message("failure.form", context.text("entry.type.medicine")), () -> {
                    throw new IllegalAccessError("cannot access class com.sun.javafx.event.EventHandlerManager");
                })));
        DialogPane message = waitForMessage();
        assertTrue(onFx(message::getContentText).startsWith("Nestling could not open the Medicine form. Your data is safe."),
                onFx(message::getContentText));
        assertEquals(1, context.failures().reportedCount());
    }

    @Test
    void aFailureWhileAMessageShowsAddsNoSecondWindow() {
        window.expectFailures(2);
        Platform.runLater(() -> {
            throw new IllegalStateException("first");
        });
        waitForMessage();
        Platform.runLater(() -> {
            throw new IllegalStateException("second");
        });
        waitUntil("the second failure is counted", () -> window.ui.context.failures().reportedCount() == 2);
        assertEquals(1, onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane).count()).intValue());
    }

    private DialogPane waitForMessage() {
        waitUntil("the failure message shows", () -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && "failure-dialog".equals(w.getScene().getRoot().getId())));
        return onFx(() -> (DialogPane) Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && "failure-dialog".equals(w.getScene().getRoot().getId())).findFirst().orElseThrow().getScene().getRoot());
    }
}
