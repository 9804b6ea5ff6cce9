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

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        ui = new UiTesting(dir);
    }

    @AfterEach
    void tearDown() {
        ui.context.tasks().close();
    }

    @Test
    void goesThroughEveryStepOnThrowawayDataAndWritesAndShowsNothing() throws Exception {
        List<Path> before = folder();
        int windows = onFx(() -> Window.getWindows().size());

        UnlockRehearsal rehearsal = onFx(() -> UnlockRehearsal.start(ui.context, Theme.NIGHT::applyTo, 1024, 640));

        assertTrue(rehearsal.done().get(60, TimeUnit.SECONDS), "built, styled, laid out and rendered");
        assertEquals(before, folder(), "nothing written in the vault's folder");
        assertEquals(windows, onFx(() -> Window.getWindows().size()), "no window or message shown");
        assertEquals(0, ui.context.failures().reportedCount());
    }

    @Test
    void theUnlockStopsItBeforeItTakesTheFxThreadAgain() throws Exception {
        UnlockRehearsal rehearsal = onFx(() -> {
            UnlockRehearsal started = UnlockRehearsal.start(ui.context, Theme.LIGHT::applyTo, 1024, 640);
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
