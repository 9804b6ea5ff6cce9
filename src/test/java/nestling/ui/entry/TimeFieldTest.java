package nestling.ui.entry;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import nestling.domain.Entry;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;
import nestling.ui.testing.JournalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The time field in Berlin around the clock changes, and in German: a wall time that does not exist
 * or happens twice is not stored silently, and the German field speaks German.
 */
class TimeFieldTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private JournalFixture fixture;

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

    private UiContext at(String localNow, Locale language) {
        UiContext c = fixture.ui.context;
        Instant now = ZonedDateTime.of(LocalDateTime.parse(localNow), BERLIN).toInstant();
        return new UiContext(ResourceBundle.getBundle("nestling.ui.messages", language), c.vaultDirectory(),
                c.vaultOptions(), c.tasks(), Clock.fixed(now, BERLIN), c.tick());
    }

    private static Instant berlin(String local, int offsetHours) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(offsetHours));
    }

    @Test
    void aTimeInTheSpringGapIsSavedOnlyOnceTheShiftIsConfirmed() {
        TimeFieldModel time = onFx(() -> new TimeFieldModel(at("2026-03-29T12:00", Locale.ENGLISH), false));
        fx(() -> time.textProperty().set("2:30"));
        assertFalse(onFx(time::readable), "not stored silently");
        assertEquals("02:30 does not exist on this day (the clocks went forward); it will be saved as 03:30.",
                onFx(() -> time.noticeProperty().get().replace("2:30\u202fAM", "02:30").replace("3:30\u202fAM", "03:30")
                        .replace("2:30 AM", "02:30").replace("3:30 AM", "03:30")));
        assertEquals(1, time.choices().size());
        fx(() -> time.chosenProperty().set(time.choices().getFirst().instant()));
        assertTrue(onFx(time::readable));
        assertEquals(berlin("2026-03-29T03:30", 2), onFx(time::resolve));
        fx(() -> time.textProperty().set("4:30"));
        assertEquals("", onFx(() -> time.noticeProperty().get()), "a plain time asks nothing");
        assertTrue(onFx(time::readable));
    }

    @Test
    void aTimeThatHappensTwiceAsksWhichAndSavesTheChosenOne() throws Exception {
        UiContext context = at("2026-10-25T12:00", Locale.GERMAN);
        fixture.ui.clock.advance(java.time.Duration.between(fixture.ui.clock.instant(), context.clock().instant()));
        java.util.concurrent.atomic.AtomicReference<Entry> saved = new java.util.concurrent.atomic.AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            EntryFormModel model = new EntryFormModel(context, fixture.journal, EntryType.DIAPER, UnitSystem.METRIC,
                    null, List.of(fixture.ada), fixture.ada);
            model.field("wet").checkedProperty().set(true);
            EntryFormView view = new EntryFormView(context, model, kind -> List.of(), () -> model.save(saved::set),
                    stage::close);
            Scene scene = new Scene(view.root(), 560, 640);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
        });
        robot.doubleClickOn("#entry-start").eraseText(5).write("2:30");
        assertEquals("02:30 gibt es an diesem Tag zweimal (die Uhren wurden zur\u00fcckgestellt): das erste (MESZ) "
                + "oder das zweite (MEZ)?", onFx(() -> robot.lookup("#entry-start-notice").queryAs(Labeled.class).getText()));
        robot.clickOn("#entry-save");
        fixture.ui.drainTasks();
        assertEquals(null, saved.get(), "nothing saved before the parent chose");
        assertEquals("Das zweite (MEZ)", onFx(() -> robot.lookup("#entry-start-choice-1").queryAs(Labeled.class)
                .getText()));
        robot.clickOn("#entry-start-choice-1");
        robot.clickOn("#entry-save");
        fixture.ui.drainTasks();
        assertEquals(berlin("2026-10-25T02:30", 1), saved.get().start(), "the second 02:30, in winter time");
    }

    @Test
    void theGermanTimeFieldSaysJetztAndReadsTheGermanDate() throws Exception {
        UiContext german = at("2026-02-20T15:00", Locale.GERMAN);
        FxToolkit.setupStage(stage -> {
            EntryFormModel model = new EntryFormModel(german, fixture.journal, EntryType.NOTE, UnitSystem.METRIC,
                    null, List.of(fixture.ada), fixture.ada);
            EntryFormView view = new EntryFormView(german, model, kind -> List.of(), () -> { }, stage::close);
            stage.setScene(new Scene(view.root(), 560, 640));
            stage.show();
        });
        TextField start = onFx(() -> robot.lookup("#entry-start").queryAs(TextField.class));
        for (String text : onFx(() -> List.of(start.getText(), start.getPromptText(), start.getTooltip().getText(),
                start.getAccessibleHelp()))) {
            assertFalse(text.toLowerCase(Locale.ROOT).matches(".*\\bnow\\b.*"), "German, not \"now\": " + text);
        }
        assertEquals("jetzt", onFx(start::getText));
        String shown = german.formats().dateTime(berlin("2026-02-12T22:10", 1));
        fx(() -> start.setText(shown));
        assertEquals(shown, onFx(() -> robot.lookup("#entry-start-shown").queryAs(Labeled.class).getText()),
                "the field reads what the window shows");
        assertEquals("", onFx(() -> robot.lookup("#entry-start-problem").queryAs(Labeled.class).getText()));
    }
}
