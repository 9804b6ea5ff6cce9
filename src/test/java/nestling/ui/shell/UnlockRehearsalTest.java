package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Window;
import nestling.ui.common.Theme;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The unlock's work rehearsed while a parent types (issue 20): on throwaway data, through every
 * step, without writing anything, showing anything or using the window's worker; stopped at once
 * by the unlock.
 */
class UnlockRehearsalTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    /** The window's root, with the lock screen in it, where the rehearsal styles its shell unseen. */
    private ScreenFrame frame;
    private Label lockScreen;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        ui = new UiTesting(dir);
        frame = onFx(() -> {
            ScreenFrame window = new ScreenFrame();
            lockScreen = new Label("lock screen");
            window.show(lockScreen);
            Theme.NIGHT.applyTo(new Scene(window, 1024, 640));
            return window;
        });
    }

    @AfterEach
    void tearDown() {
        ui.context.tasks().close();
    }

    @Test
    void goesThroughEveryStepOnThrowawayDataAndWritesAndShowsNothing() throws Exception {
        List<Path> before = folder();
        int windows = onFx(() -> Window.getWindows().size());

        UnlockRehearsal rehearsal = onFx(() -> UnlockRehearsal.start(ui.context, frame::styleUnseen, Theme.NIGHT::applyTo, 1024, 640));

        assertTrue(rehearsal.done().get(60, TimeUnit.SECONDS), "built, styled, laid out and rendered");
        assertEquals(before, folder(), "nothing written in the vault's folder");
        assertEquals(windows, onFx(() -> Window.getWindows().size()), "no window or message shown");
        assertEquals(0, ui.context.failures().reportedCount());
        assertEquals(List.of(lockScreen), onFx(() -> List.copyOf(frame.getChildrenUnmodifiable())),
                "the window's frame shows the lock screen alone again");
    }

    @Test
    void theUnlockStopsItBeforeItTakesTheFxThreadAgain() throws Exception {
        UnlockRehearsal rehearsal = onFx(() -> {
            UnlockRehearsal started = UnlockRehearsal.start(ui.context, frame::styleUnseen, Theme.LIGHT::applyTo, 1024, 640);
            started.stop(); // Return pressed before its first FX step
            return started;
        });

        assertFalse(rehearsal.done().get(60, TimeUnit.SECONDS), "stopped, cleaned up, no failure");
    }

    private List<Path> folder() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }
}
