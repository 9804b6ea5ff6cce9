package nestling.ui;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import nestling.domain.EntryType;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;
import nestling.ui.entry.EntryForms;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.ScreenImage;
import nestling.ui.testing.TwinsDays;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every main screen of the real window at 1280×800, in the light and the dark theme (and the night
 * theme where 3 a.m. matters), over a real vault of twins with two weeks of days, at a fixed time
 * (1 March 2026, 03:00 UTC) so the PNGs under target/screenshots/ come out the same each run.
 * Each picture must have the size, be far from blank, be darker in dark than in light, and show
 * the screen's key content. The screens run in order on one window: one vault, one unlock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainScreensScreenshotTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final Instant NOW = TwinsDays.NOW;

    @TempDir
    static Path dir;

    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    void openWindow() throws Exception {
        ui = new UiTesting(dir);
        assertEquals(NOW, ui.clock.instant(), "the screens are drawn at the fixed time");
        stage = FxToolkit.registerPrimaryStage();
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            new TwinsDays(session.database(), "Ada", "Ben").fill();
            session.flush();
        }
        FxToolkit.setupStage(s -> {
            window = new MainWindow(ui.context, s, WIDTH, HEIGHT);
            window.start(false);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeWindow() throws Exception {
        if (window == null) {
            return;
        }
        ShellViewModel shell = onFx(window::shell);
        if (shell != null && !shell.sessionLock().isLocked()) {
            shell.session().close();
        }
        closeDialogs();
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    @Test
    @Order(1)
    void createVault() {
        // Set rather than typed: the robot's key by key typing costs seconds on CI.
        type("#create-passphrase", "correct horse battery");
        type("#create-confirmation", "correct horse batery");
        waitUntil("the mismatch shows", () -> !text("#create-mismatch").isEmpty());
        assertTrue(text("#create-strength").length() > 0, "the strength hint shows");
        shoot("01-create-vault", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(2)
    void unlock() {
        fx(window::showUnlock);
        type("#unlock-passphrase", PASS);
        assertEquals("Unlock", text("#unlock-button"));
        shoot("02-unlock", Theme.LIGHT, Theme.DARK);
        robot.type(KeyCode.ENTER);
        waitUntil("unlocked", () -> window.shell() != null);
        waitUntil("the babies are loaded", () -> window.shell().currentBabyProperty().get() != null);
        ui.drainTasks();
    }

    @Test
    @Order(3)
    void todayWithARunningTimerAndTheUndoBar() {
        waitUntil("the breastfeeding timer shows", () -> lookup("#timer-breastfeeding-clock") != null);
        press("#quick-wet");
        ui.drainTasks();
        waitUntil("the undo bar shows", () -> lookup("#logged-bar").isVisible());
        assertTrue(text("#logged-text").startsWith("Wet diaper logged"), text("#logged-text"));
        assertEquals("19:00", text("#timer-breastfeeding-clock").substring(0, 5), "started 02:41, now 03:00");
        assertTrue(text("#today-medicine").contains("Paracetamol"), text("#today-medicine"));
        shoot("03-today", Theme.LIGHT, Theme.DARK, Theme.NIGHT);
    }

    @Test
    @Order(4)
    void todaySideBySideForTwins() {
        press("#today-side-by-side");
        ui.drainTasks();
        waitUntil("the second dashboard shows", () -> lookup("#twin-dashboard") != null);
        assertEquals("Ben", text("#twin-dashboard-name"));
        assertTrue(onFx(() -> lookup("#logged-bar").isVisible()), "Ada's Undo stays when Ben joins her");
        waitUntil("Ben's sleep timer shows", () -> lookup("#twin-timer-sleep-clock") != null);
        shoot("04-today-twins", Theme.LIGHT, Theme.DARK, Theme.NIGHT);
        press("#today-side-by-side");
        ui.drainTasks();
    }

    @Test
    @Order(5)
    void timelineOfAFullDay() {
        press("#nav-timeline");
        ui.drainTasks();
        press("#timeline-previous");
        ui.drainTasks();
        ui.drainTasks();
        waitUntil("the day is drawn", () -> robot.lookup(".timeline-item").queryAll().size() > 20);
        assertTrue(text("#timeline-date").contains("28"), text("#timeline-date"));
        List<javafx.geometry.Bounds> items = onFx(() -> robot.lookup(".timeline-item").queryAll().stream()
                .map(Node::getBoundsInParent).toList());
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                javafx.geometry.Bounds a = items.get(i);
                javafx.geometry.Bounds b = items.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() - 1 && b.getMinX() < a.getMaxX() - 1
                        && a.getMinY() < b.getMaxY() - 1 && b.getMinY() < a.getMaxY() - 1;
                assertTrue(!overlap, "timeline items overlap: " + a + " and " + b);
            }
        }
        shoot("05-timeline", Theme.LIGHT, Theme.DARK, Theme.NIGHT);
    }

    @Test
    @Order(6)
    void historyFilteredToBottles() {
        press("#nav-history");
        ui.drainTasks();
        fx(() -> robot.lookup("#history-type").queryAs(ComboBox.class).getSelectionModel().select(EntryType.BOTTLE));
        ui.drainTasks();
        ui.drainTasks();
        TableView<?> table = robot.lookup("#history-table").queryAs(TableView.class);
        waitUntil("bottles are listed", () -> !table.getItems().isEmpty());
        assertTrue(text("#history-count").matches(".*\\d+.*"), text("#history-count"));
        shoot("06-history-bottles", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(7)
    void bottleFormWithAProblem() {
        fx(() -> EntryForms.open(window.shell(), EntryType.BOTTLE, stage));
        ui.drainTasks();
        waitUntil("the form shows", () -> dialog("#entry-form") != null);
        Scene form = onFx(() -> dialog("#entry-form"));
        TextInputControl amount = (TextInputControl) form.lookup("#entry-amount");
        fx(() -> {
            amount.requestFocus();
            amount.setText("900");
            steadyCaret(amount);
        });
        waitUntil("the amount's problem shows", () -> !((Labeled) form.lookup("#entry-amount-problem")).getText().isEmpty());
        assertTrue(((Labeled) form.lookup("#entry-amount-problem")).getText().contains("500 ml"));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT)) {
            fx(() -> {
                theme.applyTo(window.scene());
                theme.applyTo(form);
                form.getRoot().applyCss();
            });
            check("07-entry-bottle-" + name(theme), theme, centred(ScreenImage.of(window.scene()), form));
        }
        closeDialogs();
        fx(() -> Theme.LIGHT.applyTo(window.scene()));
    }

    @Test
    @Order(8)
    void growthChart() {
        press("#nav-growth");
        ui.drainTasks();
        ui.drainTasks();
        waitUntil("the points are drawn", () -> robot.lookup(".growth-point").queryAll().size() >= 4);
        shoot("08-growth", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(9)
    void insights() {
        press("#nav-insights");
        ui.drainTasks();
        ui.drainTasks();
        waitUntil("the sleep summary shows", () -> text("#insights-sleep-summary").startsWith("Sleep over 7 days"));
        shoot("09-insights", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(10)
    void settings() {
        press("#nav-settings");
        ui.drainTasks();
        ui.drainTasks();
        assertNotNull(lookup("#language-choice"));
        assertNotNull(lookup("#autolock-choice"));
        shoot("10-settings", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(11)
    void backup() {
        press("#nav-backup");
        ui.drainTasks();
        ui.drainTasks();
        assertNotNull(lookup("#backup-now-button"));
        shoot("11-backup", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(12)
    void yourData() {
        press("#nav-about");
        ui.drainTasks();
        ui.drainTasks();
        waitUntil("the vault size shows", () -> !text("#about-vault-size").isEmpty());
        shoot("12-your-data", Theme.LIGHT, Theme.DARK);
    }

    @Test
    @Order(13)
    void helpOverTheToday() {
        press("#nav-today");
        ui.drainTasks();
        waitUntil("back on Today, the dashboard shows again", () -> lookup("#dashboard") != null
                && lookup("#timer-breastfeeding-clock") != null);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            fx(() -> theme.applyTo(window.scene()));
            robot.type(KeyCode.F1);
            waitUntil("the help shows", () -> window.help().isShowing());
            Scene help = onFx(() -> dialog("#help-overlay"));
            assertEquals("Keyboard shortcuts", ((Labeled) help.lookup("#help-heading")).getText());
            Node box = help.lookup("#help-overlay");
            int x = (int) Math.round(onFx(() -> help.getWindow().getX() - stage.getX() - window.scene().getX()
                    + box.getParent().localToScene(box.getBoundsInParent()).getMinX()));
            int y = (int) Math.round(onFx(() -> help.getWindow().getY() - stage.getY() - window.scene().getY()
                    + box.getParent().localToScene(box.getBoundsInParent()).getMinY()));
            check("13-help-" + name(theme), theme, ScreenImage.of(window.scene()).with(box, x, y));
            robot.type(KeyCode.ESCAPE);
            waitUntil("the help hides", () -> !window.help().isShowing());
        }
        fx(() -> Theme.LIGHT.applyTo(window.scene()));
    }

    // ---- taking and checking the pictures ----

    private final Map<String, Map<Theme, Double>> luminance = new java.util.HashMap<>();

    /** Snapshots the window in each theme (light first), checks and saves each picture. */
    private void shoot(String name, Theme... themes) {
        for (Theme theme : themes) {
            fx(() -> {
                theme.applyTo(window.scene());
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            check(name + "-" + name(theme), theme, ScreenImage.of(window.scene()));
        }
        fx(() -> Theme.LIGHT.applyTo(window.scene()));
    }

    private void check(String file, Theme theme, ScreenImage image) {
        String screen = file.substring(0, file.lastIndexOf('-'));
        assertEquals(WIDTH, image.width(), file + " width");
        assertEquals(HEIGHT, image.height(), file + " height");
        int colours = image.distinctColours(400);
        assertTrue(colours >= 400, file + " is nearly uniform: " + colours + " colours");
        double mean = image.meanLuminance();
        Map<Theme, Double> byTheme = luminance.computeIfAbsent(screen, k -> new EnumMap<>(Theme.class));
        byTheme.put(theme, mean);
        Double light = byTheme.get(Theme.LIGHT);
        if (theme != Theme.LIGHT) {
            assertNotNull(light, "light is drawn first");
            assertTrue(mean < light - 0.25, file + " is not much darker than light: " + mean + " vs " + light);
        }
        if (theme == Theme.NIGHT) {
            assertTrue(mean <= byTheme.get(Theme.DARK) + 0.02, file + " night is not dimmer than dark");
        }
        Path saved = image.save(file);
        assertTrue(Files.isRegularFile(saved), file + " written");
    }

    private static String name(Theme theme) {
        return theme.name().toLowerCase(java.util.Locale.ROOT);
    }

    private ScreenImage centred(ScreenImage base, Scene over) {
        int x = (int) Math.round((WIDTH - onFx(over::getWidth)) / 2);
        int y = (int) Math.round((HEIGHT - onFx(over::getHeight)) / 2);
        return base.with(over, x, y);
    }

    /**
     * Fires the button as a click would, without moving the robot's pointer there: the flow tests
     * click for real; here the pointer's glide costs seconds and leaves a hover in the picture.
     */
    private void press(String id) {
        fx(() -> ((ButtonBase) window.scene().lookup(id)).fire());
    }

    private void type(String id, String text) {
        fx(() -> {
            TextInputControl field = (TextInputControl) window.scene().lookup(id);
            field.requestFocus();
            field.setText(text);
            field.end();
            steadyCaret(field);
        });
    }

    /** A blinking caret would make the pictures differ from run to run; the focus ring still shows. */
    private static void steadyCaret(TextInputControl field) {
        field.setStyle("-fx-display-caret: false;");
    }

    private Node lookup(String id) {
        return onFx(() -> window.scene().lookup(id));
    }

    private String text(String id) {
        return onFx(() -> {
            Node node = window.scene().lookup(id);
            return node instanceof Labeled l ? l.getText() : "";
        });
    }

    /** The scene of another window (a dialog or popup) holding {@code id}, or null. FX thread. */
    private Scene dialog(String id) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().lookup(id) != null).map(Window::getScene).findFirst().orElse(null);
    }

    private void closeDialogs() {
        fx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }
}
