package nestling.ui.backup;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.imports.SourceAnswers;
import nestling.journal.Family;
import nestling.store.Database;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup ▸ Import from another app, in the real window: a Baby Buddy export of two children (amounts
 * without units: the parent says US) checked, its first child mapped onto Nestling's Ada and the second
 * made a new baby, imported, and the same export checked again, which adds nothing.
 */
class AppImportFlowTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void twoBabiesOfTheExportGoToAdaAndANewBabyAndTheVaultHoldsTheirRows() throws Exception {
        Path export = Files.createDirectories(temp.resolve("babybuddy"));
        Files.writeString(export.resolve("Child.csv"), "id,first_name,last_name,birth_date,birth_time\n"
                + "1,Ada,Lovelace,2026-01-10,\n2,Ben,Lovelace,2026-01-20,\n");
        Files.writeString(export.resolve("Feeding.csv"), "id,child_id,child_first_name,child_last_name,start,end,type,"
                + "method,amount,notes,tags\n"
                + "11,1,Ada,Lovelace,2026-02-20 06:00:00,2026-02-20 06:10:00,formula,bottle,4.0,,\n"
                + "12,2,Ben,Lovelace,2026-02-21 07:00:00,2026-02-21 07:10:00,formula,bottle,2.0,,\n"
                + "13,2,Ben,Lovelace,2026-02-21 09:00:00,2026-02-21 09:10:00,formula,bottle,,,\n");
        Files.writeString(export.resolve("DiaperChange.csv"), "id,child_id,child_first_name,child_last_name,time,wet,"
                + "solid,color,amount,notes,tags\n"
                + "21,2,Ben,Lovelace,2026-02-22 10:00:00,1,0,,,,\n");
        app = new WindowTesting(temp.resolve("nestling"), 1024, 640, WindowTesting.ADA, window -> { });
        app.unlock();
        app.robot.clickOn("#nav-backup");
        app.ui.drainTasks();
        fx(() -> {
            app.robot.lookup("#app-import-app").queryAs(ChoiceBox.class).getSelectionModel().select(3);
            app.robot.lookup("#app-import-source").queryAs(TextField.class).setText(export.toString());
            app.robot.lookup("#app-import-zone").queryAs(TextField.class).setText("America/New_York");
            unitsChoice().setValue(SourceAnswers.UnitSystem.US);
            app.robot.lookup("#app-import-check").queryButton().fire();
        });
        app.ui.drainTasks();
        // at first neither child matches a Nestling baby by name: both would be new
        waitUntil("checked", () -> app.text("#app-import-summary").startsWith("Baby Buddy: 3 to import"));
        assertEquals("New baby \u201cAda Lovelace\u201d", onFx(() -> mapping(0).getConverter().toString(mapping(0).getValue())));

        fx(() -> mapping(0).getSelectionModel().select(0)); // Ada Lovelace's history goes to Nestling's Ada
        app.ui.drainTasks();
        waitUntil("planned again", () -> app.text("#app-import-summary").contains("Ada Lovelace \u2192 Ada:"));
        String summary = app.text("#app-import-summary");
        assertTrue(summary.contains("Ben Lovelace (new baby): "), summary);
        assertTrue(summary.contains("Feeding.csv, line 4: a bottle without an amount cannot be imported"), summary);
        reveal("#app-import-mapping");
        Screenshots.save(app.window().scene(), "45-app-import-checked");

        fx(() -> app.robot.lookup("#app-import-run").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("imported", () -> app.text("#app-import-result").startsWith(
                "Imported 3 entries; 0 skipped as already in Nestling, 1 refused."));
        reveal("#app-import-result");
        Screenshots.save(app.window().scene(), "46-app-import-done");

        Database vault = onFx(() -> app.window().shell().session().database());
        Family family = new Family(vault, app.ui.clock);
        Map<String, Baby> babies = family.babies(false).stream().collect(Collectors.toMap(Baby::name, b -> b));
        assertEquals(List.of("Ada", "Ben Lovelace"), babies.keySet().stream().sorted().toList());
        List<Entry> ada = vault.read(c -> EntryRepository.list(c, all(babies.get("Ada"))));
        List<Entry> ben = vault.read(c -> EntryRepository.list(c, all(babies.get("Ben Lovelace"))));
        assertEquals(2, ada.size(), "the seeded diaper and the imported bottle");
        assertEquals(118, ada.stream().map(Entry::data).filter(EntryData.Bottle.class::isInstance)
                .mapToInt(d -> ((EntryData.Bottle) d).ml()).sum(), "4 fl oz");
        assertEquals(2, ben.size());

        // the same export again: nothing to add
        fx(() -> app.robot.lookup("#app-import-check").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("checked again", () -> app.text("#app-import-summary").startsWith("Baby Buddy: 0 to import, 3 already"));
    }

    private static EntryQuery all(Baby baby) {
        return EntryQuery.of(baby.meta().id(), java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"));
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<SourceAnswers.UnitSystem> unitsChoice() {
        return app.robot.lookup("#app-import-units").queryAs(ChoiceBox.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AppImportMapping.Target> mapping(int index) {
        return app.robot.lookup("#app-import-map-" + index).queryAs(ComboBox.class);
    }

    /** Scrolls the screen so that {@code id} is in view, for the screenshot. */
    private void reveal(String id) {
        fx(() -> {
            Node node = app.robot.lookup(id).query();
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                    double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
                    return;
                }
            }
        });
    }
}
