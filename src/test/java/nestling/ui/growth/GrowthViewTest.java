package nestling.ui.growth;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javax.imageio.ImageIO;
import nestling.growth.Indicator;
import nestling.ui.common.Theme;
import nestling.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The growth screen on the Headless platform: points with their hover text, PNG export, screenshots. */
class GrowthViewTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private GrowthFixture fixture;
    private GrowthView view;
    private Scene scene;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GrowthFixture(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            GrowthViewModel model = new GrowthViewModel(fixture.context, fixture.database);
            view = new GrowthView(fixture.context, model);
            ScrollPane scroll = new ScrollPane(view.root());
            scroll.setFitToWidth(true);
            scene = new Scene(scroll, 980, 800);
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
    void showsTheBabysPointsWithValueAgeZAndPercentileOnHover() {
        Node chart = onFx(() -> view.frame(Indicator.WEIGHT_FOR_AGE).chart());
        var points = onFx(() -> chart.lookupAll(".growth-point"));
        assertEquals(2, points.size());
        Node last = onFx(() -> chart.lookup("#growth-point-1"));
        Tooltip tip = (Tooltip) last.getUserData();
        assertTrue(tip.getText().matches("4[.,]2 kg at 1 mo 0 wk .*z -?\\d[.,]\\d\\d, P\\d+"), tip.getText());
        assertEquals(tip.getText(), last.getAccessibleText());
        robot.moveTo(last);
        waitUntil("the tooltip shows", tip::isShowing);
        String summary = onFx(() -> view.frame(Indicator.WEIGHT_FOR_AGE).root().lookup("#growth-chart-weight-for-age")
                .getAccessibleText());
        assertTrue(summary.contains("2 measurements"), summary);
        assertEquals(2, onFx(() -> robot.lookup("#growth-table").queryTableView().getItems().size()));
        Screenshots.save(scene, "40-growth-light");
        fx(() -> Theme.DARK.applyTo(scene));
        Screenshots.save(scene, "41-growth-dark");
        fx(() -> ((ScrollPane) scene.getRoot()).setVvalue(1.0));
        Screenshots.save(scene, "43-growth-table-dark");
    }

    @Test
    void exportsAChartAsAValidPng() throws Exception {
        AtomicReference<Path> written = new AtomicReference<>();
        Path file = dir.resolve("weight");
        fx(() -> view.frame(Indicator.WEIGHT_FOR_AGE).exportTo(file, written::set));
        waitUntil("written", () -> written.get() != null);
        assertEquals(dir.resolve("weight.png"), written.get());
        BufferedImage image = ImageIO.read(written.get().toFile());
        assertNotNull(image, "ImageIO reads it back as an image");
        assertEquals((int) GrowthChartNode.WIDTH, image.getWidth());
        assertEquals((int) GrowthChartNode.HEIGHT, image.getHeight());
        assertTrue(onFx(() -> view.frame(Indicator.WEIGHT_FOR_AGE).exportMessageProperty().get()).contains("weight.png"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
