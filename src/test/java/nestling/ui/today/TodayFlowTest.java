package nestling.ui.today;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.store.EntryQuery;
import nestling.ui.common.Theme;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today screen in the real window on the Headless platform: create, add a baby, quick log, undo, timers. */
class TodayFlowTest {
    @TempDir
    Path dir;

    private WindowTesting app;

    @BeforeEach
    void setUp() throws Exception {
        app = WindowTesting.created(dir, 960, 720);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private ShellViewModel shell() {
        return onFx(app.window()::shell);
    }

    private List<Entry> entries() {
        return shell().journal().entries().list(EntryQuery.of(null, Instant.EPOCH, app.ui.clock.instant().plusSeconds(60)));
    }

    private void addAda() {
        waitUntil("the add form shows", () -> app.showing("#add-baby-name"));
        app.robot.clickOn("#add-baby-name").write("Ada");
        app.robot.type(KeyCode.ENTER);
        waitUntil("Ada's dashboard", () -> app.showing("#dashboard"));
        app.settle();
    }

    @Test
    void addBabyQuickLogUndoAndABreastfeedingTimer() {
        assertTrue(app.text("#add-baby-heading").contains("Add your baby"));
        Screenshots.save(app.window().scene(), "30-today-add-baby");
        addAda();
        Screenshots.save(app.window().scene(), "30-today-empty-dashboard");
        assertEquals("Ada", onFx(() -> app.robot.lookup("#baby-switcher").queryAs(ComboBox.class).getValue() instanceof
                nestling.domain.Baby b ? b.name() : ""));
        assertEquals("0 d", app.text("#baby-age"));
        assertEquals("No feed in the last 3 days", app.text("#feed-since"));
        assertTrue(onFx(() -> app.robot.lookup("#quick-wet").queryAs(Button.class).getHeight()) >= 44, "a large target");

        app.robot.clickOn("#quick-wet");
        waitUntil("the logged bar", () -> app.showing("#logged-bar"));
        app.settle();
        assertEquals("Wet diaper logged for Ada at 3:00 AM", app.text("#logged-text").replace('\u202f', ' '));
        assertEquals("Just now", app.text("#diaper-last"), "not \"0 min ago\"");
        assertEquals("wet", app.text("#diaper-what"));
        assertTrue(app.text("#today-totals").contains("1 wet"), app.text("#today-totals"));
        assertEquals(1, entries().size());
        Screenshots.save(app.window().scene(), "31-today-logged-wet");

        app.robot.clickOn("#logged-undo");
        waitUntil("the bar goes", () -> !app.showing("#logged-bar"));
        app.settle();
        assertEquals(List.of(), entries());
        assertEquals("No diaper in the last 3 days", app.text("#diaper-last"));

        // Keys: D logs a dirty diaper, Ctrl+Z takes it back.
        app.robot.clickOn("#nav-today");
        app.robot.type(KeyCode.D);
        app.settle();
        assertEquals(1, entries().size());
        assertTrue(((EntryData.Diaper) entries().getFirst().data()).dirty());
        app.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.settle();
        assertEquals(List.of(), entries());

        app.robot.clickOn("#start-breast-left");
        waitUntil("the timer row", () -> app.showing("#timer-breastfeeding"));
        app.ui.clock.advance(Duration.ofMinutes(5));
        waitUntil("the clock ticks", () -> app.text("#timer-breastfeeding-clock").equals("05:00"));
        app.robot.clickOn("#timer-breastfeeding-switch");
        app.settle();
        app.ui.clock.advance(Duration.ofMinutes(3));
        waitUntil("the right side counts", () -> app.text("#timer-breastfeeding-sides")
                .equals("Left 05:00 \u00b7 Right 03:00 \u00b7 now on the right"));
        app.robot.clickOn("#start-sleep");
        waitUntil("two timers", () -> app.showing("#timer-sleep"));
        app.ui.clock.advance(Duration.ofSeconds(30));
        app.settle();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT)) {
            fx(() -> shell().changeTheme(theme));
            app.settle();
            Screenshots.save(app.window().scene(), "32-today-timers-" + theme.name().toLowerCase(java.util.Locale.ROOT));
        }

        app.robot.clickOn("#timer-breastfeeding-stop");
        waitUntil("the timer is gone", () -> !app.showing("#timer-breastfeeding"));
        app.settle();
        Entry fed = entries().stream().filter(e -> e.type() == EntryType.BREASTFEEDING).findFirst().orElseThrow();
        EntryData.Breastfeeding data = (EntryData.Breastfeeding) fed.data();
        assertEquals(300, data.leftSeconds());
        assertEquals(210, data.rightSeconds());
        assertEquals(Side.RIGHT, data.lastSide());
        assertEquals("8 min", app.text("#feed-since"), "counted from the start of the feed");
        assertEquals("ago \u00b7 next breast: right", app.text("#feed-next"), "started on the left: the next starts right");
        assertTrue(app.text("#today-totals").startsWith("1 feed \u00b7"), app.text("#today-totals"));
        assertTrue(app.showing("#timer-sleep"), "the sleep timer runs on");
        assertEquals("Asleep for", app.text("#sleep-state"));
        assertEquals("0 min", app.text("#sleep-length"));
    }

    @Test
    void twinsSwitchWithCtrl2AndShowSideBySide() {
        addAda();
        ShellViewModel shell = shell();
        Instant born = Instant.parse("2026-01-01T00:00:00Z");
        shell.journal().family().addBaby("Bea", born, ZoneOffset.UTC, Sex.FEMALE, new GestationalAge(33, 0));
        fx(shell::refreshBabies);
        app.settle();
        assertTrue(app.showing("#today-side-by-side"));
        app.robot.clickOn("#nav-today");
        // Babies come in birth order: Bea (born in January) is Ctrl+1, Ada Ctrl+2.
        app.robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        app.settle();
        assertEquals("Bea", onFx(() -> shell.currentBabyProperty().get().name()));
        assertEquals("2 mo 0 w", app.text("#baby-age"));
        assertEquals("(corrected 10 d)", app.text("#baby-age-correction"), "on a line of its own");
        app.robot.clickOn("#today-side-by-side");
        waitUntil("two dashboards", () -> app.showing("#twin-dashboard"));
        app.settle();
        app.robot.clickOn("#twin-quick-wet");
        app.settle();
        Entry wet = entries().getFirst();
        assertEquals(onFx(() -> shell.babies().get(1).meta().id()), wet.babyId(), "logged for Ada, shown second");
        assertTrue(app.text("#twin-today-totals").contains("1 wet"));
        assertTrue(app.text("#today-totals").contains("0 wet"));
        Screenshots.save(app.window().scene(), "33-today-twins-side-by-side");
        app.robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        app.settle();
        assertEquals("Ada", onFx(() -> shell.currentBabyProperty().get().name()));
    }

    @Test
    void aFullDayInLightDarkAndNight() {
        addAda();
        ShellViewModel shell = shell();
        java.util.UUID ada = onFx(() -> shell.currentBabyProperty().get().meta().id());
        var log = shell.journal().entries();
        Instant now = app.ui.clock.instant();
        log.log(ada, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(100)),
                new EntryData.Breastfeeding(540, 660, Side.LEFT, 1, 0, null));
        log.log(ada, now.minus(Duration.ofMinutes(95)), now.minus(Duration.ofMinutes(50)),
                new EntryData.Sleep(nestling.domain.SleepKind.NIGHT, null, null));
        log.log(ada, now.minus(Duration.ofMinutes(45)), null, new EntryData.Diaper(true, true, false, null, null, false, null));
        log.log(ada, now.minus(Duration.ofMinutes(30)), null,
                new EntryData.Bottle(nestling.domain.BottleContent.BREAST_MILK, 120, null));
        log.log(ada, now.minus(Duration.ofMinutes(20)), null, new EntryData.Medicine("Paracetamol",
                new java.math.BigDecimal("2.5"), nestling.domain.DoseUnit.ML, 360, null));
        nestling.backup.LastBackup.record(shell.session().database(), now.minus(Duration.ofDays(9)));
        fx(shell::changed);
        app.settle();
        assertEquals("30 min", app.text("#feed-since"));
        assertEquals("ago \u00b7 next breast: left", app.text("#feed-next"), "540 s left, 660 s right, ended left: started right");
        assertEquals("Awake for", app.text("#sleep-state"));
        assertEquals("50 min", app.text("#sleep-length"));
        assertEquals("Next nap: not enough data yet", app.text("#sleep-next-nap"), "one sleep is no rhythm");
        assertEquals("For this age: 30 min\u20131 h", app.text("#sleep-next-nap-why"), "a newborn's published range");
        assertEquals("ago, wet and dirty", app.text("#diaper-what"));
        assertEquals("Bottle 120 ml", app.text("#log-bottle"));
        assertEquals("2 feeds \u00b7 120 ml \u00b7 20 min breast \u00b7 45 min sleep \u00b7 1 wet \u00b7 1 dirty",
                app.text("#today-totals"));
        assertEquals("Paracetamol: next dose from 8:40 AM", app.text("#today-medicine").replace('\u202f', ' '));
        assertTrue(app.text("#today-backup").startsWith("Last backup 9 days ago. Time for a backup"), app.text("#today-backup"));
        fx(() -> app.robot.lookup("#content").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT)) {
            fx(() -> shell.changeTheme(theme));
            app.settle();
            Screenshots.save(app.window().scene(), "34-today-full-day-" + theme.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
