package nestling.ui.today;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import nestling.backup.LastBackup;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.reminders.ReminderSettings;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.TestRobot;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A reminder in the real window: the card appears (as a warning when overdue), snooze, it calls again, dismiss. */
class ReminderFlowTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, 1024, 640);
            window.start(false);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#create-passphrase").write(PASS);
        robot.clickOn("#create-confirmation").write(PASS);
        robot.clickOn("#create-button");
        waitUntil("the shell shows", () -> window.shell() != null);
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() throws Exception {
        ShellViewModel shell = onFx(window::shell);
        if (shell != null && !shell.isLocked()) {
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    private boolean showing(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private void settle() {
        ui.drainTasks();
        ui.drainTasks();
    }

    @Test
    void anOverdueDiaperCheckIsSnoozedCallsAgainAndIsDismissed() {
        ShellViewModel shell = onFx(window::shell);
        fx(() -> shell.changeAutoLock(0)); // the clock jumps hours ahead: no idle lock meanwhile
        Instant now = ui.clock.instant();
        UUID ada = shell.journal().family().addBaby("Ada", now.minus(Duration.ofDays(40)), ZoneOffset.UTC, Sex.FEMALE,
                null).meta().id();
        shell.journal().entries().log(ada, now.minus(Duration.ofMinutes(150)), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofMinutes(30)).store(shell.session().database());
        LastBackup.record(shell.session().database(), now.minus(Duration.ofDays(1)));
        fx(shell::refreshBabies);
        waitUntil("the reminder card", () -> showing("#reminder-diaper"));
        settle();
        assertEquals("\u26A0 Overdue", text("#reminder-diaper-state"));
        assertEquals("Diaper check due since 2:30 AM (2 h after the last diaper)",
                text("#reminder-diaper-text").replace('\u202f', ' '));
        assertTrue(onFx(() -> robot.lookup("#reminder-diaper").query().getStyleClass().contains("reminder-overdue")));
        assertFalse(showing("#reminder-backup"), "backed up yesterday");
        Screenshots.save(window.scene(), "36-today-reminder-overdue");

        robot.clickOn("#reminder-diaper-snooze");
        WaitForAsyncUtils.waitForFxEvents();
        // touch targets: the button and each length in its popup at least 44 px (modena's are about 29)
        assertTrue(onFx(() -> robot.lookup("#reminder-diaper-snooze").query().getLayoutBounds().getHeight()) >= 44);
        java.util.List<Double> items = onFx(() -> robot.lookup(".touch-menu-item").queryAll().stream()
                .map(n -> n.getLayoutBounds().getHeight()).toList());
        assertEquals(3, items.size(), items::toString);
        assertTrue(items.stream().allMatch(h -> h >= 44), items::toString);
        robot.clickOn("For 15 min");
        waitUntil("the card goes while snoozed", () -> !showing("#reminder-diaper"));
        settle();
        ui.clock.advance(Duration.ofMinutes(15));
        ui.drainTasks();
        WaitForAsyncUtils.waitForFxEvents(); // Today's ticker moves "now": the snooze is over
        waitUntil("it calls again", () -> showing("#reminder-diaper"));

        robot.clickOn("#reminder-diaper-dismiss");
        waitUntil("dismissed", () -> !showing("#reminder-diaper"));
        settle();
        ui.clock.advance(Duration.ofHours(3));
        WaitForAsyncUtils.waitForFxEvents();
        settle();
        assertFalse(showing("#reminder-diaper"), "dismissed until the next diaper");
        robot.clickOn("#quick-wet");
        settle();
        ui.clock.advance(Duration.ofHours(2));
        waitUntil("the next diaper starts a new reminder", () -> showing("#reminder-diaper"));
        assertEquals("\u25F7 Due", text("#reminder-diaper-state"));
    }
}
