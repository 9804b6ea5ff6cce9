package nestling.ui.locked;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.ui.history.HistoryRow;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The lock screen end to end: Nestling starts locked on a vault whose breastfeed runs; the parent
 * logs a wet diaper, a bottle and a sleep, takes a dirty diaper back and stops the feed, all without
 * the passphrase; after the unlock the History shows them at their times, logged by Sam.
 */
class LockScreenFlowTest {
    private static final Instant START = Instant.parse("2026-03-01T03:00:00Z");

    @TempDir
    Path dir;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void logsAndStopsATimerWhileLockedAndFindsThemInHistoryAfterTheUnlock() throws Exception {
        app = WindowTesting.onLockScreen(dir, 1, (journal, ui) -> {
            var ada = WindowTesting.addBaby(journal, "Ada");
            var sam = journal.family().addCaregiver("Sam", null, "#3a7bd5");
            journal.family().setCurrentCaregiver(sam.meta().id());
            journal.entries().log(ada.meta().id(), START.minus(Duration.ofHours(2)), null,
                    new EntryData.Bottle(null, 120, null));
            journal.timers().start(ada.meta().id(), TimerKind.BREASTFEEDING, null, Side.LEFT);
            ui.clock.advance(Duration.ofMinutes(20)); // 03:20: the feed has run 20 minutes when the window opens
        });
        FxRobot robot = app.robot;
        assertEquals("Ada", app.text("#locked-0-name"));
        assertEquals("Bottle 120 ml", app.text("#locked-0-bottle"));
        assertEquals("Breastfeeding \u00b7 left \u00b7 20 min", app.text("#locked-0-timer-breastfeeding-text"));

        robot.clickOn("#locked-0-wet");
        expectLogged("Wet diaper logged for Ada at " + at(20));
        app.ui.clock.advance(Duration.ofMinutes(1));
        assertEquals("unlock-passphrase", focusOwner(), "the click handed the focus back to the passphrase field");
        robot.type(KeyCode.ESCAPE, KeyCode.B); // the keys act once Esc took the focus to the buttons
        expectLogged("Bottle logged for Ada at " + at(21));
        app.ui.clock.advance(Duration.ofMinutes(1));
        robot.type(KeyCode.D);
        expectLogged("Dirty diaper logged for Ada at " + at(22));
        robot.clickOn("#locked-undo");
        expectLogged("Taken back for Ada at " + at(22));
        app.ui.clock.advance(Duration.ofMinutes(1));
        robot.clickOn("#locked-0-sleep");
        expectLogged("Sleep timer started for Ada at " + at(23));
        assertEquals("Sleep \u00b7 0 min", app.text("#locked-0-timer-sleep-text"));
        app.ui.clock.advance(Duration.ofMinutes(1));
        robot.clickOn("#locked-0-timer-breastfeeding-stop");
        expectLogged("Breastfeeding logged for Ada at " + at(24));
        assertTrue(robot.lookup("#locked-0-timer-breastfeeding").tryQuery().isEmpty(), "the stopped feed is gone");
        Screenshots.save(app.window().scene(), "lock-screen-logged");

        app.unlock();
        robot.clickOn("#nav-history");
        app.ui.drainTasks();
        @SuppressWarnings("unchecked")
        TableView<HistoryRow> table = robot.lookup("#history-table").queryAs(TableView.class);
        List<String> rows = onFx(() -> table.getItems().stream().sorted(Comparator.comparing(r -> r.entry().start()))
                .map(r -> r.type() + " " + r.entry().start() + "-" + r.entry().end() + " " + r.by()).toList());
        assertEquals(List.of(
                "Bottle 2026-03-01T01:00:00Z-null Sam",
                "Breastfeeding 2026-03-01T03:00:00Z-2026-03-01T03:24:00Z Sam",
                "Diaper 2026-03-01T03:20:00Z-null Sam",
                "Bottle 2026-03-01T03:21:00Z-null Sam"), rows, "no dirty diaper: it was taken back");
        List<RunningTimer> running = onFx(() -> app.window().shell()).journal().timers().running(null);
        assertEquals(1, running.size());
        assertEquals(TimerKind.SLEEP, running.getFirst().kind());
        assertEquals(START.plus(Duration.ofMinutes(23)), running.getFirst().startedAt(), "the sleep runs since 03:23");
    }

    /**
     * A parent clicks "Wet", then types the passphrase without clicking into its field: every letter
     * goes into the field (a passphrase of quick-key letters: f feed, s sleep, b bottle, w wet …),
     * nothing more is logged, and Return unlocks.
     */
    @Test
    void aPassphraseTypedAfterAClickLogsNothing() throws Exception {
        app = WindowTesting.onLockScreen(dir, 1, (journal, ui) -> WindowTesting.addBaby(journal, "Ada"));
        FxRobot robot = app.robot;
        robot.clickOn("#locked-0-wet");
        expectLogged("Wet diaper logged for Ada at " + at(0));
        String passphrase = nestling.ui.testing.UiTesting.PASS; // l, r and b are quick keys
        robot.write(passphrase);
        assertEquals(passphrase, onFx(() -> ((javafx.scene.control.TextInputControl) robot
                .lookup("#unlock-passphrase").query()).getText()), "every letter went into the field");
        assertEquals("Wet diaper logged for Ada at " + at(0), app.text("#locked-logged"), "nothing else was logged");
        assertTrue(robot.lookup("#locked-0-timer-breastfeeding").tryQuery().isEmpty(), "no feed was started");
        assertTrue(robot.lookup("#locked-0-timer-sleep").tryQuery().isEmpty(), "no sleep was started");
        robot.type(KeyCode.ENTER);
        waitUntil("unlocked", () -> onFx(() -> app.window().shell()) != null);
        app.ui.drainTasks();
        List<String> logged = onFx(() -> app.window().shell()).journal().entries()
                .list(new nestling.store.EntryQuery(null, START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)),
                        null))
                .stream().map(e -> e.type().name()).toList();
        assertEquals(List.of("DIAPER"), logged, "the one click, and nothing the typing did");
    }

    private String focusOwner() {
        return onFx(() -> {
            javafx.scene.Node owner = app.window().scene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    /** The time the window shows for 03:mm (in this computer's locale). */
    private String at(int minutes) {
        return app.ui.context.formats().time(START.plus(Duration.ofMinutes(minutes)));
    }

    private void expectLogged(String text) {
        try {
            waitUntil(text, () -> text.equals(app.text("#locked-logged")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the bar says '" + app.text("#locked-logged") + "', the error '"
                    + app.text("#locked-error") + "'", e);
        }
    }
}
