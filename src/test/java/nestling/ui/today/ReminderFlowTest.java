package nestling.ui.today;

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
import nestling.backup.LastBackup;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.reminders.ReminderSettings;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A reminder in the real window: the card appears (as a warning when overdue), snooze, it calls again, dismiss. */
class ReminderFlowTest {
    @TempDir
    Path dir;

    private WindowTesting app;

    @BeforeEach
    void setUp() throws Exception {
        app = WindowTesting.created(dir, 1024, 640);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void anOverdueDiaperCheckIsSnoozedCallsAgainAndIsDismissed() {
        ShellViewModel shell = onFx(app.window()::shell);
        fx(() -> shell.changeAutoLock(0)); // the clock jumps hours ahead: no idle lock meanwhile
        Instant now = app.ui.clock.instant();
        UUID ada = shell.journal().family().addBaby("Ada", now.minus(Duration.ofDays(40)), ZoneOffset.UTC, Sex.FEMALE,
                null).meta().id();
        shell.journal().entries().log(ada, now.minus(Duration.ofMinutes(150)), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofMinutes(30)).store(shell.session().database());
        LastBackup.record(shell.session().database(), now.minus(Duration.ofDays(1)));
        fx(shell::refreshBabies);
        waitUntil("the reminder card", () -> app.showing("#reminder-diaper"));
        app.settle();
        assertEquals("\u26A0 Overdue", app.text("#reminder-diaper-state"));
        assertEquals("Diaper check due since 2:30 AM (2 h after the last diaper)",
                app.text("#reminder-diaper-text").replace('\u202f', ' '));
        assertTrue(onFx(() -> app.robot.lookup("#reminder-diaper").query().getStyleClass().contains("reminder-overdue")));
        assertFalse(app.showing("#reminder-backup"), "backed up yesterday");
        Screenshots.save(app.window().scene(), "36-today-reminder-overdue");

        app.robot.clickOn("#reminder-diaper-snooze");
        WaitForAsyncUtils.waitForFxEvents();
        // touch targets: the button and each length in its popup at least 44 px (modena's are about 29)
        assertTrue(onFx(() -> app.robot.lookup("#reminder-diaper-snooze").query().getLayoutBounds().getHeight()) >= 44);
        java.util.List<Double> items = onFx(() -> app.robot.lookup(".touch-menu-item").queryAll().stream()
                .map(n -> n.getLayoutBounds().getHeight()).toList());
        assertEquals(3, items.size(), items::toString);
        assertTrue(items.stream().allMatch(h -> h >= 44), items::toString);
        app.robot.clickOn("For 15 min");
        waitUntil("the card goes while snoozed", () -> !app.showing("#reminder-diaper"));
        app.settle();
        app.ui.clock.advance(Duration.ofMinutes(15));
        app.ui.drainTasks();
        WaitForAsyncUtils.waitForFxEvents(); // Today's ticker moves "now": the snooze is over
        waitUntil("it calls again", () -> app.showing("#reminder-diaper"));

        app.robot.clickOn("#reminder-diaper-dismiss");
        waitUntil("dismissed", () -> !app.showing("#reminder-diaper"));
        app.settle();
        app.ui.clock.advance(Duration.ofHours(3));
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        assertFalse(app.showing("#reminder-diaper"), "dismissed until the next diaper");
        app.robot.clickOn("#quick-wet");
        app.settle();
        app.ui.clock.advance(Duration.ofHours(2));
        waitUntil("the next diaper starts a new reminder", () -> app.showing("#reminder-diaper"));
        assertEquals("\u25F7 Due", app.text("#reminder-diaper-state"));
    }
}
