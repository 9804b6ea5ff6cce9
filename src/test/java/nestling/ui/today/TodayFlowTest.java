package nestling.ui.today;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.PASS;
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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.store.EntryQuery;
import nestling.ui.common.Theme;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Today screen in the real window on the Headless platform: create, add a baby, quick log, undo, timers. */
class TodayFlowTest {
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
            window = new MainWindow(ui.context, stage, 960, 720);
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
        if (shell != null && !shell.sessionLock().isLocked()) {
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    private ShellViewModel shell() {
        return onFx(window::shell);
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private boolean showing(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private void settle() {
        ui.drainTasks();
        ui.drainTasks();
    }

    private List<Entry> entries() {
        return shell().journal().entries().list(EntryQuery.of(null, Instant.EPOCH, ui.clock.instant().plusSeconds(60)));
    }

    private void addAda() {
        waitUntil("the add form shows", () -> showing("#add-baby-name"));
        robot.clickOn("#add-baby-name").write("Ada");
        robot.type(KeyCode.ENTER);
        waitUntil("Ada's dashboard", () -> showing("#dashboard"));
        settle();
    }

    @Test
    void addBabyQuickLogUndoAndABreastfeedingTimer() {
        assertTrue(text("#add-baby-heading").contains("Add your baby"));
        Screenshots.save(window.scene(), "30-today-add-baby");
        addAda();
        Screenshots.save(window.scene(), "30-today-empty-dashboard");
        assertEquals("Ada", onFx(() -> robot.lookup("#baby-switcher").queryAs(ComboBox.class).getValue() instanceof
                nestling.domain.Baby b ? b.name() : ""));
        assertEquals("0 d", text("#baby-age"));
        assertEquals("No feed in the last 3 days", text("#feed-since"));
        assertTrue(onFx(() -> robot.lookup("#quick-wet").queryAs(Button.class).getHeight()) >= 44, "a large target");

        robot.clickOn("#quick-wet");
        waitUntil("the logged bar", () -> showing("#logged-bar"));
        settle();
        assertEquals("Wet diaper logged for Ada at 3:00 AM", text("#logged-text").replace('\u202f', ' '));
        assertEquals("Just now", text("#diaper-last"), "not \"0 min ago\"");
        assertEquals("wet", text("#diaper-what"));
        assertTrue(text("#today-totals").contains("1 wet"), text("#today-totals"));
        assertEquals(1, entries().size());
        Screenshots.save(window.scene(), "31-today-logged-wet");

        robot.clickOn("#logged-undo");
        waitUntil("the bar goes", () -> !showing("#logged-bar"));
        settle();
        assertEquals(List.of(), entries());
        assertEquals("No diaper in the last 3 days", text("#diaper-last"));

        // Keys: D logs a dirty diaper, Ctrl+Z takes it back.
        robot.clickOn("#nav-today");
        robot.type(KeyCode.D);
        settle();
        assertEquals(1, entries().size());
        assertTrue(((EntryData.Diaper) entries().getFirst().data()).dirty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertEquals(List.of(), entries());

        robot.clickOn("#start-breast-left");
        waitUntil("the timer row", () -> showing("#timer-breastfeeding"));
        ui.clock.advance(Duration.ofMinutes(5));
        waitUntil("the clock ticks", () -> text("#timer-breastfeeding-clock").equals("05:00"));
        robot.clickOn("#timer-breastfeeding-switch");
        settle();
        ui.clock.advance(Duration.ofMinutes(3));
        waitUntil("the right side counts", () -> text("#timer-breastfeeding-sides")
                .equals("Left 05:00 \u00b7 Right 03:00 \u00b7 now on the right"));
        robot.clickOn("#start-sleep");
        waitUntil("two timers", () -> showing("#timer-sleep"));
        ui.clock.advance(Duration.ofSeconds(30));
        settle();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT)) {
            fx(() -> shell().changeTheme(theme));
            settle();
            Screenshots.save(window.scene(), "32-today-timers-" + theme.name().toLowerCase(java.util.Locale.ROOT));
        }

        robot.clickOn("#timer-breastfeeding-stop");
        waitUntil("the timer is gone", () -> !showing("#timer-breastfeeding"));
        settle();
        Entry fed = entries().stream().filter(e -> e.type() == EntryType.BREASTFEEDING).findFirst().orElseThrow();
        EntryData.Breastfeeding data = (EntryData.Breastfeeding) fed.data();
        assertEquals(300, data.leftSeconds());
        assertEquals(210, data.rightSeconds());
        assertEquals(Side.RIGHT, data.lastSide());
        assertEquals("8 min", text("#feed-since"), "counted from the start of the feed");
        assertEquals("ago \u00b7 next breast: right", text("#feed-next"), "started on the left: the next starts right");
        assertTrue(text("#today-totals").startsWith("1 feed \u00b7"), text("#today-totals"));
        assertTrue(showing("#timer-sleep"), "the sleep timer runs on");
        assertEquals("Asleep for", text("#sleep-state"));
        assertEquals("0 min", text("#sleep-length"));
    }

    @Test
    void twinsSwitchWithCtrl2AndShowSideBySide() {
        addAda();
        ShellViewModel shell = shell();
        Instant born = Instant.parse("2026-01-01T00:00:00Z");
        shell.journal().family().addBaby("Bea", born, ZoneOffset.UTC, Sex.FEMALE, new GestationalAge(33, 0));
        fx(shell::refreshBabies);
        settle();
        assertTrue(showing("#today-side-by-side"));
        robot.clickOn("#nav-today");
        // Babies come in birth order: Bea (born in January) is Ctrl+1, Ada Ctrl+2.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle();
        assertEquals("Bea", onFx(() -> shell.currentBabyProperty().get().name()));
        assertEquals("2 mo 0 w", text("#baby-age"));
        assertEquals("(corrected 10 d)", text("#baby-age-correction"), "on a line of its own");
        robot.clickOn("#today-side-by-side");
        waitUntil("two dashboards", () -> showing("#twin-dashboard"));
        settle();
        robot.clickOn("#twin-quick-wet");
        settle();
        Entry wet = entries().getFirst();
        assertEquals(onFx(() -> shell.babies().get(1).meta().id()), wet.babyId(), "logged for Ada, shown second");
        assertTrue(text("#twin-today-totals").contains("1 wet"));
        assertTrue(text("#today-totals").contains("0 wet"));
        Screenshots.save(window.scene(), "33-today-twins-side-by-side");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle();
        assertEquals("Ada", onFx(() -> shell.currentBabyProperty().get().name()));
    }

    @Test
    void aFullDayInLightDarkAndNight() {
        addAda();
        ShellViewModel shell = shell();
        java.util.UUID ada = onFx(() -> shell.currentBabyProperty().get().meta().id());
        var log = shell.journal().entries();
        Instant now = ui.clock.instant();
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
        settle();
        assertEquals("30 min", text("#feed-since"));
        assertEquals("ago \u00b7 next breast: left", text("#feed-next"), "540 s left, 660 s right, ended left: started right");
        assertEquals("Awake for", text("#sleep-state"));
        assertEquals("50 min", text("#sleep-length"));
        assertEquals("Next nap: not enough data yet", text("#sleep-next-nap"), "one sleep is no rhythm");
        assertEquals("For this age: 30 min\u20131 h", text("#sleep-next-nap-why"), "a newborn's published range");
        assertEquals("ago, wet and dirty", text("#diaper-what"));
        assertEquals("Bottle 120 ml", text("#log-bottle"));
        assertEquals("2 feeds \u00b7 120 ml \u00b7 20 min breast \u00b7 45 min sleep \u00b7 1 wet \u00b7 1 dirty",
                text("#today-totals"));
        assertEquals("Paracetamol: next dose from 8:40 AM", text("#today-medicine").replace('\u202f', ' '));
        assertTrue(text("#today-backup").startsWith("Last backup 9 days ago. Time for a backup"), text("#today-backup"));
        fx(() -> robot.lookup("#content").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT)) {
            fx(() -> shell.changeTheme(theme));
            settle();
            Screenshots.save(window.scene(), "34-today-full-day-" + theme.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
