package nestling.ui.entry;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.store.EntryQuery;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.JournalFixture;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The new form fields driven by mouse and keyboard: an own activity in the real window, a milestone photo. */
class EntryFormFlowTest {
    @TempDir
    Path temp;

    @Test
    void logAnActivityOfTheFamilysOwnFromTheWindow() throws Exception {
        WindowTesting app = new WindowTesting(temp, window -> { });
        try {
            app.unlock();
            ShellViewModel shell = onFx(app.window()::shell);
            shell.journal().family().addActivityType("Swimming", "#3a7bd5", true);
            fx(() -> EntryForms.open(shell, EntryType.ACTIVITY, app.window().scene().getWindow()));
            waitUntil("the form is open", () -> !app.robot.lookup("#entry-activityType").queryAll().isEmpty());
            app.ui.drainTasks();
            app.robot.clickOn("#entry-activityType");
            app.robot.clickOn("Swimming");
            assertEquals(ActivityKind.CUSTOM, onFx(() -> app.robot.lookup("#entry-kind")
                    .queryAs(javafx.scene.control.ComboBox.class).getValue()), "the kind follows the pick");
            Screenshots.save(app.robot.lookup("#entry-form").query().getScene(), "37-entry-form-own-activity");
            app.robot.clickOn("#entry-save");
            app.ui.drainTasks();
            List<Entry> activities = shell.journal().entries().list(new EntryQuery(null, Instant.EPOCH,
                    app.ui.clock.instant().plusSeconds(60), Set.of(EntryType.ACTIVITY)));
            assertEquals(1, activities.size());
            EntryData.Activity saved = (EntryData.Activity) activities.getFirst().data();
            assertEquals(shell.journal().family().activityTypes().getFirst().meta().id(), saved.activityTypeId());
        } finally {
            app.close();
        }
    }

    @Test
    void addAnActivityOfTheFamilysOwnInsideTheForm() throws Exception {
        WindowTesting app = new WindowTesting(temp, window -> { });
        try {
            app.unlock();
            ShellViewModel shell = onFx(app.window()::shell);
            fx(() -> EntryForms.open(shell, EntryType.ACTIVITY, app.window().scene().getWindow()));
            waitUntil("the form is open", () -> !app.robot.lookup("#entry-activityType").queryAll().isEmpty());
            app.ui.drainTasks();
            app.robot.clickOn("#entry-activityType-new").write("Baby massage");
            app.robot.type(javafx.scene.input.KeyCode.ENTER);
            app.ui.drainTasks();
            assertEquals(1, shell.journal().family().activityTypes().size(), "Enter in the name added the activity");
            assertTrue(onFx(() -> app.robot.lookup("#entry-form").tryQuery().isPresent()), "and kept the form open");
            assertEquals("Baby massage", onFx(() -> ((FormField.Pick) app.robot.lookup("#entry-activityType")
                    .queryAs(javafx.scene.control.ComboBox.class).getValue()).label()), "the new activity is picked");
            assertEquals("", onFx(() -> app.robot.lookup("#entry-activityType-new").queryAs(TextField.class).getText()));
            app.robot.clickOn("#entry-save");
            app.ui.drainTasks();
            List<Entry> activities = shell.journal().entries().list(new EntryQuery(null, Instant.EPOCH,
                    app.ui.clock.instant().plusSeconds(60), Set.of(EntryType.ACTIVITY)));
            EntryData.Activity saved = (EntryData.Activity) activities.getFirst().data();
            assertEquals(ActivityKind.CUSTOM, saved.kind());
            assertEquals(shell.journal().family().activityTypes().getFirst().meta().id(), saved.activityTypeId());
        } finally {
            app.close();
        }
    }

    @Test
    void chooseAMilestonePhotoAndSave() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path file = temp.resolve("smile.png");
        BufferedImage picture = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, (x * 255 / 1600) << 16 | (y * 255 / 1200) << 8);
            }
        }
        ImageIO.write(picture, "png", file.toFile());
        JournalFixture fixture = new JournalFixture(temp.resolve("db"));
        FxRobot robot = new TestRobot();
        try {
            Baby ada = fixture.ada;
            AtomicReference<Entry> saved = new AtomicReference<>();
            FxToolkit.setupStage(stage -> {
                EntryFormModel model = new EntryFormModel(fixture.ui.context, fixture.journal, EntryType.MILESTONE,
                        UnitSystem.METRIC, null, List.of(ada), ada);
                EntryFormView view = new EntryFormView(fixture.ui.context, model, kind -> List.of(),
                        () -> model.save(saved::set), stage::close);
                view.choosePhotosWith(owner -> file.toFile());
                Scene scene = new Scene(view.root(), 560, 700);
                nestling.ui.common.Theme.LIGHT.applyTo(scene);
                stage.setScene(scene);
                stage.show();
            });
            robot.clickOn("#entry-title").write("First smile");
            robot.clickOn("#entry-photo-choose");
            fixture.ui.drainTasks();
            assertNotNull(onFx(() -> robot.lookup("#entry-photo-image").queryAs(ImageView.class).getImage()),
                    "the chosen photo shows in the form");
            assertEquals("First smile", onFx(() -> robot.lookup("#entry-title").queryAs(TextField.class).getText()));
            Screenshots.save(onFx(() -> robot.lookup("#entry-form").query().getScene()), "38-entry-form-milestone-photo");
            robot.clickOn("#entry-save");
            fixture.ui.drainTasks();
            byte[] photo = ((EntryData.Milestone) saved.get().data()).photo();
            assertTrue(photo != null && photo.length <= Baby.MAX_PHOTO_BYTES);
        } finally {
            FxToolkit.cleanupStages();
            fixture.close();
        }
    }

    @Test
    void aGermanWindowShowsTheCoresRefusalInGermanNextToTheField() throws Exception {
        FxToolkit.registerPrimaryStage();
        JournalFixture fixture = new JournalFixture(temp.resolve("de"));
        FxRobot robot = new TestRobot();
        try {
            nestling.ui.common.UiContext c = fixture.ui.context;
            nestling.ui.common.UiContext german = new nestling.ui.common.UiContext(java.util.ResourceBundle.getBundle(
                    "nestling.ui.messages", java.util.Locale.GERMAN), c.vaultDirectory(), c.vaultOptions(), c.tasks(),
                    c.clock(), c.tick());
            Baby ada = fixture.ada;
            FxToolkit.setupStage(stage -> {
                EntryFormModel model = new EntryFormModel(german, fixture.journal, EntryType.BOTTLE, UnitSystem.METRIC,
                        null, List.of(ada), ada);
                EntryFormView view = new EntryFormView(german, model, kind -> List.of(), () -> model.save(e -> { }),
                        stage::close);
                Scene scene = new Scene(view.root(), 560, 700);
                nestling.ui.common.Theme.LIGHT.applyTo(scene);
                stage.setScene(scene);
                stage.show();
            });
            robot.clickOn("#entry-amount").write("900");
            fixture.ui.drainTasks();
            assertEquals("Eine Flasche mit mehr als 500 ml (16,9 fl oz) ist nicht plausibel.",
                    onFx(() -> robot.lookup("#entry-amount-problem").queryAs(javafx.scene.control.Label.class).getText()));
            robot.clickOn("#entry-save");
            fixture.ui.drainTasks();
            assertEquals(0, fixture.journal.entries().list(EntryQuery.of(null, Instant.EPOCH,
                    fixture.ui.clock.instant().plusSeconds(60))).size(), "nothing was saved");
        } finally {
            FxToolkit.cleanupStages();
            fixture.close();
        }
    }
}
