package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.VBox;
import nestling.reminders.ReminderSettings;
import nestling.store.Database;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Settings → Reminders keeps a "late by" per kind: choosing the diaper's leaves the feed's and the dose's. */
class RemindersCardTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachKindHasItsOwnLateByThreshold() {
        UiTesting ui = new UiTesting(dir);
        Database database = Database.createEmpty();
        try {
            ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(3), Duration.ofMinutes(30)).store(database);
            RemindersViewModel model = onFx(() -> new RemindersViewModel(ui.context, database, () -> { }));
            VBox card = onFx(() -> new RemindersCard(ui.context, model).build());
            ui.drainTasks();
            ChoiceBox<Duration> diaper = (ChoiceBox<Duration>) find(card, "reminders-diaper-warn");
            ChoiceBox<Duration> feed = (ChoiceBox<Duration>) find(card, "reminders-feed-warn");
            assertTrue(onFx(feed::isDisabled), "no feed interval yet: its threshold waits");
            assertEquals("Diaper check: Warn when late by", diaper.getAccessibleText());
            fx(() -> diaper.setValue(Duration.ofHours(2)));
            ui.drainTasks();
            ReminderSettings stored = ReminderSettings.load(database);
            assertEquals(Duration.ofHours(2), stored.diaperWarn());
            assertEquals(Duration.ofMinutes(30), stored.feedWarn());
            assertEquals(Duration.ofMinutes(30), stored.medicineWarn());
        } finally {
            database.close();
            ui.context.tasks().close();
        }
    }

    private static Node find(Node root, String id) {
        Node found = root.lookup("#" + id);
        assertTrue(found != null, id);
        return found;
    }
}
