package nestling.ui.today;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How many robot actions the 3 a.m. tasks take on Today, in the real window: a click, a key (or
 * chord) and typing a number each count 1. Each test does its task with the fewest actions, checks
 * the journal afterwards and appends its count to {@code target/action-budget.txt}.
 */
class ActionBudgetTest {
    private static final Path RECORD = Path.of("target", "action-budget.txt");

    @TempDir
    Path dir;

    private WindowTesting app;
    private int actions;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The window over Ada (born 1 February) and, if given, one earlier breastfeed that started on {@code started}. */
    private void open(Side started) throws Exception {
        app = new WindowTesting(new UiTesting(dir), 1280, 800, (session, ui) -> {
            Journal journal = Journal.of(session.database(), ui.clock);
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-02-01T08:30:00Z"), ZoneOffset.UTC,
                    Sex.FEMALE, null);
            if (started != null) {
                Instant at = ui.clock.instant().minus(Duration.ofHours(3));
                journal.entries().log(ada.meta().id(), at, at.plus(Duration.ofMinutes(10)),
                        new EntryData.Breastfeeding(600, 0, started, 0, 0, null));
            }
        }, w -> { });
        app.unlock();
        waitUntil("Ada's dashboard", () -> showing("#quick-card"));
        app.ui.drainTasks();
    }

    private boolean showing(String id) {
        return onFx(() -> app.robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private void click(String id) {
        settle(); // the reloads a write starts rebuild the timer rows: click the row that stays
        waitUntil(id + " can be clicked", () -> showing(id) && !app.robot.lookup(id).query().isDisabled());
        app.robot.clickOn(id);
        actions++;
        settle();
    }

    private void key(KeyCode... chord) {
        app.robot.press(chord).release(chord);
        actions++;
        settle();
    }

    private void settle() {
        app.ui.drainTasks();
        app.ui.drainTasks();
    }

    private List<Entry> entries(EntryType type) {
        var journal = onFx(() -> app.window().shell().journal());
        return journal.entries().list(EntryQuery.of(null, Instant.EPOCH, app.ui.clock.instant().plusSeconds(60)))
                .stream().filter(e -> e.type() == type).toList();
    }

    private void record(String task, int goal) throws IOException {
        String line = task + ": " + actions + " action(s), goal " + goal;
        System.out.println("Action budget: " + line);
        Files.createDirectories(RECORD.getParent());
        Files.writeString(RECORD, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertTrue(actions <= goal, line);
    }

    private void assertOneWetAndDirtyDiaper() {
        List<Entry> diapers = entries(EntryType.DIAPER);
        assertEquals(1, diapers.size(), "one entry, not a wet one and a dirty one");
        EntryData.Diaper diaper = (EntryData.Diaper) diapers.getFirst().data();
        assertTrue(diaper.wet() && diaper.dirty(), diaper.toString());
    }

    @Test
    void wetAndDirtyDiaperNowIsOneClick() throws Exception {
        open(null);
        click("#quick-wet-dirty");
        assertOneWetAndDirtyDiaper();
        record("wet + dirty diaper, now (click)", 1);
    }

    @Test
    void wetAndDirtyDiaperNowIsOneKey() throws Exception {
        open(null);
        onFx(() -> {
            app.robot.lookup("#nav-today").query().requestFocus();
            return null;
        });
        key(KeyCode.M);
        assertOneWetAndDirtyDiaper();
        record("wet + dirty diaper, now (key M)", 1);
    }

    @Test
    void napStartAndLaterStopIsTwoClicks() throws Exception {
        open(null);
        click("#start-sleep");
        app.ui.clock.advance(Duration.ofMinutes(12)); // a short nap: a longer idle clock would lock the window
        click("#timer-sleep-stop");
        List<Entry> sleeps = entries(EntryType.SLEEP);
        assertEquals(1, sleeps.size());
        assertEquals(Duration.ofMinutes(12), sleeps.getFirst().duration().orElseThrow());
        record("nap start, later stop", 2);
    }

    /** Whichever breast is suggested (the last feed started on the right: left is next, and the other way round). */
    @ParameterizedTest
    @EnumSource(Side.class)
    void leftFeedSwitchToRightAndStopIsThreeClicks(Side lastStarted) throws Exception {
        open(lastStarted);
        click("#start-breast-left");
        app.ui.clock.advance(Duration.ofMinutes(6));
        click("#timer-breastfeeding-switch");
        app.ui.clock.advance(Duration.ofMinutes(4));
        click("#timer-breastfeeding-stop");
        List<Entry> feeds = entries(EntryType.BREASTFEEDING);
        assertEquals(2, feeds.size());
        EntryData.Breastfeeding feed = (EntryData.Breastfeeding) feeds.getLast().data();
        assertEquals(360, feed.leftSeconds());
        assertEquals(240, feed.rightSeconds());
        assertEquals(Side.RIGHT, feed.lastSide());
        record("left feed, switch to right, stop (last feed started " + lastStarted + ")", 3);
    }

    @Test
    void leftFeedSwitchToRightAndStopIsThreeKeysWhenRightIsSuggested() throws Exception {
        open(Side.LEFT);
        onFx(() -> {
            app.robot.lookup("#nav-today").query().requestFocus();
            return null;
        });
        key(KeyCode.L);
        app.ui.clock.advance(Duration.ofMinutes(6));
        key(KeyCode.X);
        app.ui.clock.advance(Duration.ofMinutes(4));
        key(KeyCode.F);
        EntryData.Breastfeeding feed = (EntryData.Breastfeeding) entries(EntryType.BREASTFEEDING).getLast().data();
        assertEquals(360, feed.leftSeconds());
        assertEquals(240, feed.rightSeconds());
        record("left feed, switch to right, stop (keys L X F, right suggested)", 3);
    }
}
