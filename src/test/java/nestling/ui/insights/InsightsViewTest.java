package nestling.ui.insights;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javax.imageio.ImageIO;
import nestling.ui.common.Theme;
import nestling.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The insights screen on the Headless platform: range buttons, text summaries, PNG export, screenshots. */
class InsightsViewTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private InsightsFixture fixture;
    private InsightsView view;
    private InsightsViewModel model;
    private Scene scene;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new InsightsFixture(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            model = new InsightsViewModel(fixture.context, fixture.database);
            view = new InsightsView(fixture.context, model);
            ScrollPane scroll = new ScrollPane(view.root());
            scroll.setFitToWidth(true);
            scene = new Scene(scroll, 980, 900);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            model.babyProperty().set(fixture.baby);
        });
        fixture.drain();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void rangeButtonsRedrawTheChartsWithTextSummaries() {
        String sleep = onFx(() -> robot.lookup("#insights-sleep-summary").queryAs(Labeled.class).getText());
        assertTrue(sleep.startsWith("Sleep over 7 days"), sleep);
        assertEquals(sleep, onFx(() -> robot.lookup("#insights-sleep").query().getAccessibleText()));
        assertTrue(onFx(() -> robot.lookup("#insights-average-bottleMl").queryAs(Labeled.class).getText())
                .contains("220 ml"));
        Screenshots.save(scene, "50-insights-light");
        // the wake-window chart: a dot per window of the last 14 days (13, see InsightsViewModelTest) on the age's band
        assertEquals(13, onFx(() -> robot.lookup("#insights-wake .wake-point").queryAll().size()));
        assertEquals(1, onFx(() -> robot.lookup("#insights-wake .wake-band").queryAll().size()));
        assertTrue(onFx(() -> robot.lookup("#insights-wake-summary").queryAs(Labeled.class).getText())
                .startsWith("13 wake windows in 14 days"));
        fx(() -> Theme.DARK.applyTo(scene));
        Screenshots.save(scene, "51-insights-dark");
        fx(() -> Theme.LIGHT.applyTo(scene));
        robot.clickOn("#insights-range-30");
        fixture.drain();
        assertEquals(30, onFx(() -> model.daysProperty().get()));
        assertTrue(onFx(() -> robot.lookup("#insights-sleep-summary").queryAs(Labeled.class).getText())
                .startsWith("Sleep over 30 days"));
        fx(() -> ((ScrollPane) scene.getRoot()).setVvalue(0.45));
        Screenshots.save(scene, "52-insights-30-days-charts");
        fx(() -> Theme.NIGHT.applyTo(scene));
        Screenshots.save(scene, "54-insights-30-days-night");
    }

    @Test
    void exportsTheSleepPatternAsAValidPng() throws Exception {
        AtomicReference<Path> written = new AtomicReference<>();
        fx(() -> view.frame("sleep").exportTo(dir.resolve("sleep.png"), written::set));
        waitUntil("written", () -> written.get() != null);
        BufferedImage image = ImageIO.read(written.get().toFile());
        assertNotNull(image);
        assertEquals((int) PatternNode.WIDTH, image.getWidth());
    }

    @Test
    void theProtocolShowsTwoWeeksOfRowsWithMarksAndPagesBack() {
        waitUntil("protocol loaded", () -> onFx(() -> model.protocol().daysProperty().get().size() == 14));
        // 17 to 30 March; fixture days end 29 March: each has the last night's morning, a nap and the
        // night's evening (the night over midnight split in two), the 30th only the morning.
        long sleeps = onFx(() -> robot.lookup("#protocol-grid .protocol-sleep").queryAll().size());
        assertEquals(13 * 3 + 1, sleeps);
        assertEquals(13 * 2, onFx(() -> robot.lookup("#protocol-grid .protocol-bottle").queryAll().size()));
        assertEquals(13 * 2, onFx(() -> robot.lookup("#protocol-grid .protocol-wet").queryAll().size()));
        assertEquals(13, onFx(() -> robot.lookup("#protocol-grid .protocol-wet-and-dirty").queryAll().size()));
        assertTrue(onFx(() -> robot.lookup("#protocol-grid Text").queryAll().stream()
                .anyMatch(t -> "23 h (clocks on)".equals(((javafx.scene.text.Text) t).getText()))), "the DST day says so");
        assertTrue(onFx(() -> robot.lookup("#insights-protocol-later").query().isDisabled()));
        fx(() -> ((ScrollPane) scene.getRoot()).setVvalue(1));
        Screenshots.save(scene, "55-insights-protocol");
        fx(() -> Theme.NIGHT.applyTo(scene));
        Screenshots.save(scene, "56-insights-protocol-night");
        robot.clickOn("#insights-protocol-earlier");
        fixture.drain();
        waitUntil("earlier fortnight", () -> onFx(() -> model.protocol().daysProperty().get().getLast().date()
                .equals(InsightsFixture.TODAY.minusDays(14))));
        assertTrue(onFx(() -> !robot.lookup("#insights-protocol-later").query().isDisabled()));
    }
}
