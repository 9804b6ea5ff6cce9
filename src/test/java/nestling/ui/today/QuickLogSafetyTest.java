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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.TemperatureMethod;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.ui.entry.EntryForms;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today at 3 a.m. in the real window: no double logs, nothing moves under the pointer, the next
 * breast by the start side, twins keep their columns, and a fever in a young baby is said at once.
 */
class QuickLogSafetyTest {
    /** 1 March 2026, 03:00 UTC: the test clock's start. */
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    @TempDir
    Path dir;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void open(double width, double height, WindowTesting.Seed seed) throws Exception {
        app = new WindowTesting(new UiTesting(dir), width, height, seed, w -> { });
        app.unlock();
        waitUntil("the dashboard", () -> showing("#quick-card"));
        settle();
    }

    /** Ada, born 1 February 2026 (28 days old at the test's "now"). */
    private static final WindowTesting.Seed ADA = (session, ui) -> Journal.of(session.database(), ui.clock).family()
            .addBaby("Ada", Instant.parse("2026-02-01T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);

    private boolean showing(String id) {
        return onFx(() -> app.robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
    }

    private String text(String id) {
        return onFx(() -> app.robot.lookup(id).queryAs(Labeled.class).getText()).replace('\u202f', ' ');
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

    @Test
    void aDoubleClickOrAHeldKeyLogsOneDiaperAndTheBarSaysSo() throws Exception {
        open(1280, 800, ADA);
        app.robot.doubleClickOn("#quick-wet");
        settle();
        assertEquals(1, entries(EntryType.DIAPER).size(), "one diaper, not two");
        assertEquals("Already logged just now: wet diaper for Ada. Not logged twice.", text("#logged-text"));
        assertTrue(showing("#logged-undo"), "the Undo of the first stays");

        app.ui.clock.advance(Duration.ofSeconds(1));
        fx(() -> app.robot.lookup("#nav-today").query().requestFocus());
        app.robot.type(KeyCode.W); // W right after the click (or held down: the key repeats)
        settle();
        assertEquals(1, entries(EntryType.DIAPER).size(), "still one");
        assertEquals("Already logged 1 s ago: wet diaper for Ada. Not logged twice.", text("#logged-text"));

        app.ui.clock.advance(Duration.ofSeconds(2));
        app.robot.clickOn("#quick-wet");
        settle();
        assertEquals(2, entries(EntryType.DIAPER).size(), "a diaper a few seconds later is a new one");
        assertEquals("Wet diaper logged for Ada at 3:00 AM", text("#logged-text"));
    }

    @Test
    void spaceAgainOnTheStillFocusedButtonLogsNothingMore() throws Exception {
        open(1280, 800, ADA);
        fx(() -> app.robot.lookup("#quick-wet-dirty").query().requestFocus());
        app.robot.type(KeyCode.SPACE);
        settle();
        assertEquals(1, entries(EntryType.DIAPER).size(), "Space on the focused button logs it");
        assertEquals("Wet + dirty diaper logged for Ada at 3:00 AM", text("#logged-text"));
        assertTrue(onFx(() -> app.robot.lookup("#quick-wet-dirty").query().isFocused()), "the button keeps the focus");
        app.robot.type(KeyCode.SPACE);
        settle();
        assertEquals(1, entries(EntryType.DIAPER).size(), "Space again right after is the same log again");
        assertEquals("Already logged just now: wet + dirty diaper for Ada. Not logged twice.", text("#logged-text"));
    }

    @Test
    void theLoggedBannerMovesNoButtonAndNoCard() throws Exception {
        open(1024, 640, ADA);
        List<String> ids = List.of("#quick-wet", "#quick-dirty", "#quick-wet-dirty", "#log-bottle", "#start-breast-left",
                "#start-breast-right", "#start-sleep", "#feed-card", "#sleep-card", "#diaper-card");
        Map<String, Bounds> before = bounds(ids);
        app.robot.clickOn("#quick-wet");
        settle();
        waitUntil("the banner", () -> showing("#logged-bar"));
        assertEquals(before, bounds(ids), "nothing moved when the banner came");
        app.robot.clickOn("#logged-dismiss");
        settle();
        assertFalse(showing("#logged-bar"));
        assertEquals(before, bounds(ids), "nothing moved when it went");
    }

    private Map<String, Bounds> bounds(List<String> ids) {
        return onFx(() -> {
            Map<String, Bounds> all = new LinkedHashMap<>();
            for (String id : ids) {
                Node node = app.robot.lookup(id).query();
                all.put(id, node.localToScene(node.getLayoutBounds())); // not the focus ring around it
            }
            return all;
        });
    }

    @Test
    void afterALeftToRightFeedTheNextStartsOnTheRightAndNoneIsSuggestedDuringAFeed() throws Exception {
        open(1280, 800, (session, ui) -> {
            Journal journal = Journal.of(session.database(), ui.clock);
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-02-01T08:30:00Z"), ZoneOffset.UTC,
                    Sex.FEMALE, null);
            journal.entries().log(ada.meta().id(), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(100)),
                    new EntryData.Breastfeeding(600, 480, Side.RIGHT, 1, 0, null));
        });
        assertEquals("ago \u00b7 next breast: right", text("#feed-next"));
        assertTrue(text("#start-breast-right").contains("next"), text("#start-breast-right"));
        app.robot.clickOn("#start-breast-left");
        settle();
        waitUntil("the feed runs", () -> showing("#timer-breastfeeding"));
        assertFalse(text("#feed-next").contains("next breast"), "no suggestion during a feed: " + text("#feed-next"));
    }

    @Test
    void twinsSideBySideKeepTheirColumnsWhenCtrl2SwitchesAndTheBannerNamesTheBaby() throws Exception {
        open(1280, 800, (session, ui) -> {
            Journal journal = Journal.of(session.database(), ui.clock);
            journal.family().addBaby("Ada", Instant.parse("2026-02-01T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
            journal.family().addBaby("Bea", Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                    new GestationalAge(33, 0));
        });
        app.robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle();
        app.robot.clickOn("#today-side-by-side");
        settle();
        waitUntil("two dashboards", () -> showing("#twin-dashboard"));
        assertEquals("Bea", text("#dashboard-name"));
        assertEquals("Ada", text("#twin-dashboard-name"));

        app.robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle();
        assertEquals("Ada", onFx(() -> app.window().shell().currentBabyProperty().get().name()));
        assertEquals("Bea", text("#dashboard-name"), "the columns keep the babies' order");
        assertEquals("Ada", text("#twin-dashboard-name"));
        fx(() -> app.robot.lookup("#nav-today").query().requestFocus());
        app.robot.type(KeyCode.W); // the keys act on the current baby, Ada, in the second column
        settle();
        Entry wet = entries(EntryType.DIAPER).getFirst();
        assertEquals(onFx(() -> app.window().shell().currentBabyProperty().get().meta().id()), wet.babyId());
        assertTrue(text("#twin-logged-text").startsWith("Wet diaper logged for Ada"), text("#twin-logged-text"));
    }

    /** A baby born on {@code born} (midnight UTC) with a temperature half an hour ago. */
    private static WindowTesting.Seed withTemperature(String born, int deciCelsius) {
        return (session, ui) -> {
            Journal journal = Journal.of(session.database(), ui.clock);
            var baby = journal.family().addBaby("Ada", Instant.parse(born + "T00:00:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                    null);
            journal.entries().log(baby.meta().id(), NOW.minus(Duration.ofMinutes(30)), null,
                    new EntryData.Temperature(deciCelsius, TemperatureMethod.RECTAL));
        };
    }

    @Test
    void aFeverInATwoWeekOldShowsAWarningCardOnToday() throws Exception {
        open(1024, 640, withTemperature("2026-02-15", 392));
        assertTrue(showing("#fever-card"), "the warning shows");
        assertTrue(text("#fever-text").startsWith("Fever in a baby under 3 months: call your doctor now"),
                text("#fever-text"));
        assertTrue(text("#fever-reading").contains("39.2 \u00b0C"), text("#fever-reading"));
    }

    @Test
    void aFeverAtFourMonthsOrANormalTemperatureShowsNoCard() throws Exception {
        open(1280, 800, withTemperature("2025-11-01", 392));
        assertFalse(showing("#fever-card"), "four months old: the rule is for babies under 3 months");
    }

    @Test
    void savingAFeverInTheFormSaysSoAtOnce() throws Exception {
        open(1280, 800, withTemperature("2026-02-15", 370));
        assertFalse(showing("#fever-card"), "37.0 °C is no fever");
        fx(() -> EntryForms.open(app.window().shell(), EntryType.TEMPERATURE, app.window().scene().getWindow()));
        waitUntil("the form", () -> showing("#entry-temperature"));
        app.robot.clickOn("#entry-temperature").write("39.2");
        app.robot.clickOn("#entry-save");
        settle();
        waitUntil("the fever message", () -> onFx(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#fever-alert") != null)));
        assertTrue(showing("#fever-card"), "and the card on Today");
    }
}
