package nestling.ui.entry;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import nestling.domain.UnitSystem;
import nestling.store.EntryQuery;
import nestling.ui.common.Theme;
import nestling.ui.testing.JournalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * An entry form in its own window, driven as a tired hand drives it: Enter saves wherever the focus
 * is, messages never move the fields, Escape asks before typed content is lost, and a new feed does
 * not open with an overlap.
 */
class EntryFormHandTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private JournalFixture fixture;
    private final AtomicReference<nestling.domain.Entry> saved = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private EntryFormModel model;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        fixture = new JournalFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    private void open(EntryType type) throws Exception {
        FxToolkit.setupStage(stage -> {
            model = new EntryFormModel(fixture.ui.context, fixture.journal, type, UnitSystem.METRIC, null,
                    List.of(fixture.ada), fixture.ada);
            model.loadDefaults();
            EntryFormView view = new EntryFormView(fixture.ui.context, model, kind -> List.of(),
                    () -> model.save(saved::set), () -> {
                        closed.set(true);
                        stage.close();
                    });
            Scene scene = new Scene(view.root(), 560, 640);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.setOnShown(e -> view.focusFirst());
            stage.show();
        });
        fixture.ui.drainTasks();
    }

    private List<nestling.domain.Entry> entries() {
        return fixture.journal.entries().list(EntryQuery.of(null, Instant.EPOCH,
                fixture.ui.clock.instant().plusSeconds(60)));
    }

    private Bounds bounds(String id) {
        return onFx(() -> {
            Node node = robot.lookup(id).query();
            return node.localToScene(node.getBoundsInLocal());
        });
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    /**
     * Every message a field may show, in either language, fits the one line kept for it: a longer
     * one wraps and pushes the next field down under the pointer.
     */
    @Test
    void everyFieldMessageOfEitherLanguageFitsTheLineKeptForIt() throws Exception {
        open(EntryType.TEMPERATURE);
        Bounds below = bounds("#entry-method");
        double kept = onFx(() -> robot.lookup("#entry-temperature-problem").queryAs(Labeled.class).getParent()
                .getLayoutBounds().getHeight());
        List<String> tooLong = new java.util.ArrayList<>();
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.GERMAN)) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("nestling.ui.messages", locale);
            // All on the FX thread in one go: the label is bound to the field's problem, so each
            // message is laid out as soon as it is set.
            fx(() -> {
                Node label = robot.lookup("#entry-temperature-problem").query();
                Node method = robot.lookup("#entry-method").query();
                for (String key : java.util.Collections.list(bundle.getKeys())) {
                    if (!key.startsWith("reason.")) {
                        continue;
                    }
                    String message = java.text.MessageFormat.format(bundle.getString(key), "Ada", "1", "2");
                    model.field("temperature").problemProperty().set(message);
                    label.getScene().getRoot().applyCss();
                    label.getScene().getRoot().layout();
                    if (label.getLayoutBounds().getHeight() > kept + 0.5
                            || !method.localToScene(method.getBoundsInLocal()).equals(below)) {
                        tooLong.add(locale + " " + key + " (" + message.length() + " chars): " + message);
                    }
                }
                model.field("temperature").problemProperty().set("");
            });
        }
        assertEquals(List.of(), tooLong, "messages that need a second line");
    }

    @Test
    void enterOnATickedBoxSavesAndKeepsTheTick() throws Exception {
        open(EntryType.DIAPER);
        robot.clickOn("#entry-wet");
        assertTrue(onFx(() -> robot.lookup("#entry-wet").queryAs(CheckBox.class).isSelected()));
        robot.type(KeyCode.ENTER);
        fixture.ui.drainTasks();
        assertTrue(saved.get() != null, "Enter on the check box saved the form");
        EntryData.Diaper diaper = (EntryData.Diaper) saved.get().data();
        assertTrue(diaper.wet(), "and the box stayed ticked");
    }

    @Test
    void enterOnAClosedListSaves() throws Exception {
        open(EntryType.TEMPERATURE);
        robot.write("37.2");
        fx(() -> robot.lookup("#entry-method").query().requestFocus());
        robot.type(KeyCode.ENTER);
        fixture.ui.drainTasks();
        assertTrue(saved.get() != null, "Enter on the closed list saved the form");
        assertEquals(372, ((EntryData.Temperature) saved.get().data()).deciCelsius());
    }

    @Test
    void ctrlEnterSavesFromANoteWhereEnterIsANewLine() throws Exception {
        open(EntryType.NOTE);
        robot.clickOn("#entry-text").write("Hiccups");
        robot.type(KeyCode.ENTER);
        fixture.ui.drainTasks();
        assertNull(saved.get(), "Enter in a note starts a new line");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        fixture.ui.drainTasks();
        assertEquals("Hiccups", ((EntryData.Note) saved.get().data()).text().strip());
    }

    @Test
    void aMessageThatAppearsMovesNoFieldAndGoesOnceFixed() throws Exception {
        open(EntryType.PUMPING);
        Bounds right = bounds("#entry-rightMl");
        Bounds notes = bounds("#entry-notes");
        robot.clickOn("#entry-leftMl").write("9000");
        fixture.ui.drainTasks();
        assertFalse(text("#entry-leftMl-problem").isEmpty(), "the too-large amount is refused next to the field");
        assertEquals(right, bounds("#entry-rightMl"), "the next field stays under the pointer");
        assertEquals(notes, bounds("#entry-notes"));
        robot.clickOn("#entry-leftMl").eraseText(4).write("x");
        fixture.ui.drainTasks();
        assertFalse(text("#entry-leftMl-problem").isEmpty(), "not a number");
        assertEquals(right, bounds("#entry-rightMl"));
        robot.eraseText(1).write("90");
        fixture.ui.drainTasks();
        assertEquals("", text("#entry-leftMl-problem"), "the message goes as soon as the amount is fine");

        Bounds end = bounds("#entry-end");
        fx(() -> model.start().textProperty().set("soon"));
        fixture.ui.drainTasks();
        assertFalse(text("#entry-start-problem").isEmpty());
        assertEquals(end, bounds("#entry-end"), "a time's message moves nothing either");
        assertEquals(right, bounds("#entry-rightMl"));
    }

    @Test
    void escapeOnAnUntouchedFormClosesAtOnce() throws Exception {
        open(EntryType.BOTTLE);
        robot.type(KeyCode.ESCAPE);
        waitUntil("closed", closed::get);
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#" + DiscardQuestion.ID) != null), "nothing asked");
    }

    @Test
    void escapeAfterTypingAsksBeforeThrowingItAway() throws Exception {
        open(EntryType.BOTTLE);
        robot.write("130");
        robot.type(KeyCode.ESCAPE);
        waitUntil("asked", () -> robot.lookup("#" + DiscardQuestion.ID).tryQuery().isPresent());
        assertEquals("Keep editing", text("#" + DiscardQuestion.ID + "-keep"));
        assertEquals("Discard entry", text("#" + DiscardQuestion.ID + "-discard"));
        robot.clickOn("#" + DiscardQuestion.ID + "-keep");
        waitUntil("the question went", () -> robot.lookup("#" + DiscardQuestion.ID).tryQuery().isEmpty());
        assertFalse(closed.get(), "kept");
        assertEquals("130", onFx(() -> robot.lookup("#entry-amount").queryAs(TextField.class).getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil("asked again", () -> robot.lookup("#" + DiscardQuestion.ID).tryQuery().isPresent());
        robot.clickOn("#" + DiscardQuestion.ID + "-discard");
        waitUntil("closed", closed::get);
        assertTrue(entries().isEmpty(), "nothing saved");
    }

    @Test
    void aNewFeedStartsAfterTheOneThatEndedFiveMinutesAgo() throws Exception {
        Instant now = fixture.ui.clock.instant();
        fixture.journal.entries().log(fixture.ada.meta().id(), now.minus(Duration.ofMinutes(25)),
                now.minus(Duration.ofMinutes(5)), new EntryData.Breastfeeding(600, 600, Side.LEFT, 1, 0, null));
        open(EntryType.BREASTFEEDING);
        fx(model::check);
        fixture.ui.drainTasks();
        assertEquals("", text("#entry-start-problem"), "no overlap on opening");
        assertEquals("", text("#entry-message"));
        assertEquals(now.minus(Duration.ofMinutes(5)), model.start().resolve());
        robot.clickOn("#entry-save");
        fixture.ui.drainTasks();
        assertEquals(2, entries().size(), "the default feed saves as it is");
        // right -> left before: the next feed starts on the other breast than that one started on
        assertEquals(Side.LEFT, ((EntryData.Breastfeeding) saved.get().data()).lastSide(), "the next side suggested");
    }
}
