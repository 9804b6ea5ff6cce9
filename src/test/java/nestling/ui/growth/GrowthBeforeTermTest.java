package nestling.ui.growth;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import nestling.growth.Indicator;
import nestling.ui.common.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Corrected age on, a weight logged before the due date: the WHO charts start at term, so the
 * caption under the chart says plainly that it is in the table below (where its age reads "before
 * term"), instead of the point silently missing.
 */
class GrowthBeforeTermTest {
    @TempDir
    Path dir;

    private GrowthFixture fixture;
    private GrowthView view;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GrowthFixture(dir);
        // Ada (34+2, born 10 January) was due on 19 February: weighed on 5 February, 14 days before.
        fixture.measure("2026-02-05T09:00:00Z", 2600, 460, 320);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            GrowthViewModel model = new GrowthViewModel(fixture.context, fixture.database);
            view = new GrowthView(fixture.context, model);
            stage.setScene(new Scene(new ScrollPane(view.root()), 980, 800));
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

    private String caption(Indicator indicator) {
        return onFx(() -> ((Label) view.frame(indicator).root().lookup("#growth-chart-" + indicator.id() + "-summary"))
                .getText());
    }

    @Test
    void theCaptionSaysWhereTheMeasurementBeforeTheDueDateIs() {
        String weight = caption(Indicator.WEIGHT_FOR_AGE);
        assertTrue(weight.contains("2 measurements."), weight);
        assertTrue(weight.endsWith("1 measurement before the due date is in the table below: the WHO charts start at term."),
                weight);
        assertEquals(3, onFx(() -> view.root().lookup("#growth-table") instanceof javafx.scene.control.TableView<?> t
                ? t.getItems().size() : -1), "all three are in the table");
        assertEquals("14 d before term", onFx(() -> new GrowthText(fixture.context).age(-14)));
    }

    @Test
    void inGermanToo() {
        ResourceBundle german = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);
        UiContext context = new UiContext(german, dir, fixture.context.vaultOptions(), fixture.context.tasks(),
                fixture.clock, fixture.context.tick());
        String note = new GrowthText(context).beforeTerm(2);
        assertEquals(" 2 Messungen vor dem errechneten Termin stehen in der Tabelle unten: Die WHO-Kurven beginnen"
                + " mit dem Termin.", note);
    }
}
