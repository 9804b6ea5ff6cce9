package nestling.ui.entry;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import nestling.domain.Baby;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.ui.common.Theme;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.JournalFixture;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Forms with two times and with check boxes, a problem showing, in the light and the night theme. */
class EntryFormScreenshotsTest {
    @TempDir
    Path dir;

    private JournalFixture fixture;
    private UiTesting ui;
    private Journal journal;
    private Baby ada;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new JournalFixture(dir);
        ui = fixture.ui;
        journal = fixture.journal;
        ada = fixture.ada;
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private Scene render(EntryType type, UnitSystem units, Theme theme) {
        EntryFormModel model = onFx(() -> new EntryFormModel(ui.context, journal, type, units, null, List.of(ada), ada));
        fx(model::check);
        ui.drainTasks();
        Scene scene = onFx(() -> {
            Scene s = new Scene(new EntryFormView(ui.context, model, kind -> List.of(), () -> { }, () -> { }).root(),
                    560, 760);
            theme.applyTo(s);
            return s;
        });
        fx(() -> scene.getRoot().applyCss());
        return scene;
    }

    @Test
    void breastfeedingHasStartAndEndAndSaysWhichSideIsMissing() {
        Scene scene = render(EntryType.BREASTFEEDING, UnitSystem.METRIC, Theme.LIGHT);
        Label end = (Label) scene.lookup("#entry-end-shown");
        assertTrue(end.isVisible());
        Screenshots.save(scene, "34-entry-form-breastfeeding");
    }

    @Test
    void diaperInTheNightThemeShowsItsProblemAtTheWetBox() {
        Scene scene = render(EntryType.DIAPER, UnitSystem.METRIC, Theme.NIGHT);
        assertEquals("Say whether the diaper was wet, dirty or dry.", ((Label) scene.lookup("#entry-wet-problem")).getText());
        Screenshots.save(scene, "35-entry-form-diaper-night");
    }

    @Test
    void growthInImperialUnits() {
        Scene scene = render(EntryType.GROWTH, UnitSystem.IMPERIAL, Theme.DARK);
        assertEquals("lb", onFx(() -> ((Label) scene.getRoot().lookupAll(".unit").iterator().next()).getText()));
        Screenshots.save(scene, "36-entry-form-growth-imperial-dark");
    }
}
