package nestling.ui.shell;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Timeline, Growth and Insights in the real window, with a real vault holding a baby and a day. */
class ChartsFlowTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        FxToolkit.registerPrimaryStage();
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            Journal journal = Journal.of(session.database(), ui.clock);
            Baby baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC,
                    Sex.FEMALE, new GestationalAge(39, 0));
            var id = baby.meta().id();
            journal.entries().log(id, Instant.parse("2026-02-28T19:00:00Z"), Instant.parse("2026-03-01T02:30:00Z"),
                    new EntryData.Sleep(SleepKind.NIGHT, null, null));
            journal.entries().log(id, Instant.parse("2026-03-01T02:40:00Z"), null,
                    new EntryData.Diaper(true, false, false, null, null, false, null));
            journal.entries().log(id, Instant.parse("2026-02-20T10:00:00Z"), null,
                    new EntryData.Growth(4300, 540, LengthPosition.LYING, 375, null));
            session.flush();
        }
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, 960, 700);
            window.start(true);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unlock-passphrase").write(PASS).type(KeyCode.ENTER);
        waitUntil("unlocked", () -> window.shell() != null);
        waitUntil("the baby is loaded", () -> window.shell().currentBabyProperty().get() != null);
    }

    @AfterEach
    void tearDown() throws Exception {
        ShellViewModel shell = onFx(window::shell);
        if (shell != null && !shell.sessionLock().isLocked()) {
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    @Test
    void timelineGrowthAndInsightsShowTheVaultsData() {
        robot.clickOn("#nav-timeline");
        ui.drainTasks();
        ui.drainTasks();
        assertEquals(2, onFx(() -> robot.lookup(".timeline-item").queryAll().size()), "the night's end and the diaper");
        Screenshots.save(window.scene(), "33-timeline-window");
        robot.type(KeyCode.LEFT);
        ui.drainTasks();
        ui.drainTasks();
        assertEquals(1, onFx(() -> robot.lookup(".timeline-item").queryAll().size()), "the night's start");

        robot.clickOn("#nav-growth");
        ui.drainTasks();
        ui.drainTasks();
        waitUntil("points", () -> robot.lookup(".growth-point").queryAll().size() >= 4);
        Screenshots.save(window.scene(), "42-growth-window");

        robot.clickOn("#nav-insights");
        ui.drainTasks();
        ui.drainTasks();
        String summary = onFx(() -> robot.lookup("#insights-sleep-summary").queryAs(Labeled.class).getText());
        assertTrue(summary.startsWith("Sleep over 7 days"), summary);
        Screenshots.save(window.scene(), "53-insights-window");
    }
}
