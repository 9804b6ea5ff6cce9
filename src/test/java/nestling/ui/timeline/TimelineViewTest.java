package nestling.ui.timeline;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.ui.testing.Screenshots;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on the Headless platform: previous / next by button and key, details, dragging an edge. */
class TimelineViewTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-30T13:42:00Z"))
            .withZone(ZoneId.of("Europe/Berlin"));
    private Database database;
    private UiContext context;
    private Journal journal;
    private Baby baby;
    private Entry nap;
    private TimelineViewModel model;
    private Scene scene;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.createEmpty();
        journal = Journal.of(database, clock);
        context = new UiContext(UiContext.defaultBundle(), dir, VaultOptions.defaults(), new BackgroundTasks(), clock,
                Duration.ofMillis(40));
        baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(1), Sex.FEMALE,
                new GestationalAge(39, 0));
        var log = journal.entries();
        var id = baby.meta().id();
        log.log(id, Instant.parse("2026-03-29T18:30:00Z"), Instant.parse("2026-03-30T03:40:00Z"),
                new EntryData.Sleep(SleepKind.NIGHT, null, null));
        log.log(id, Instant.parse("2026-03-30T04:00:00Z"), Instant.parse("2026-03-30T04:25:00Z"),
                new EntryData.Breastfeeding(600, 720, Side.RIGHT, 1, 0, null));
        log.log(id, Instant.parse("2026-03-30T04:30:00Z"), null,
                new EntryData.Diaper(true, true, false, null, null, false, null));
        nap = log.log(id, Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-03-30T08:10:00Z"),
                new EntryData.Sleep(SleepKind.NAP, null, null));
        log.log(id, Instant.parse("2026-03-30T08:20:00Z"), null,
                new EntryData.Bottle(nestling.domain.BottleContent.FORMULA, 120, null));
        log.log(id, Instant.parse("2026-03-30T09:00:00Z"), null,
                new EntryData.Medicine("Vitamin D", java.math.BigDecimal.ONE, nestling.domain.DoseUnit.DROPS, null, null));
        log.log(id, Instant.parse("2026-03-30T11:00:00Z"), Instant.parse("2026-03-30T11:15:00Z"),
                new EntryData.Activity(nestling.domain.ActivityKind.TUMMY_TIME, null, null, null));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            model = new TimelineViewModel(context, journal.entries(), () -> { });
            TimelineView view = new TimelineView(context, model);
            ScrollPane scroll = new ScrollPane(view.root());
            scroll.setFitToWidth(true);
            scene = new Scene(scroll, 980, 900);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            model.babyProperty().set(baby);
        });
        drain();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        context.tasks().close();
        database.close();
    }

    private void drain() {
        for (int i = 0; i < 2; i++) {
            CompletableFuture<Object> done = new CompletableFuture<>();
            fx(() -> context.tasks().run(() -> "", done::complete, done::completeExceptionally));
            try {
                done.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double sceneX, double sceneY) {
        return new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, false, null);
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    @Test
    void previousAndNextByButtonAndArrowKeys() {
        assertEquals(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .format(LocalDate.of(2026, 3, 30)), text("#timeline-date"));
        assertEquals(7, onFx(() -> robot.lookup(".timeline-item").queryAll().size()));
        assertTrue(onFx(() -> robot.lookup("#timeline-now").tryQuery().isPresent()), "today has the now line");
        robot.clickOn("#timeline-previous");
        drain();
        assertEquals(LocalDate.of(2026, 3, 29), onFx(() -> model.dateProperty().get()));
        assertEquals(1, onFx(() -> robot.lookup(".timeline-item").queryAll().size()), "the night's first part");
        assertTrue(onFx(() -> robot.lookup("#timeline-now").tryQuery().isEmpty()));
        robot.type(KeyCode.LEFT);
        drain();
        assertEquals(LocalDate.of(2026, 3, 28), onFx(() -> model.dateProperty().get()));
        assertTrue(onFx(() -> robot.lookup("#timeline-empty").query().isVisible()));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        drain();
        assertEquals(LocalDate.of(2026, 3, 30), onFx(() -> model.dateProperty().get()));
        robot.clickOn("#timeline-next");
        robot.clickOn("#timeline-today");
        drain();
        assertEquals(LocalDate.of(2026, 3, 30), onFx(() -> model.dateProperty().get()));
    }

    @Test
    void clickShowsDetailsAndDraggingTheBottomEdgeChangesTheEnd() {
        robot.clickOn("#timeline-block-" + nap.id());
        waitUntil("details", () -> robot.lookup("#timeline-details-kind").tryQuery().isPresent());
        assertTrue(text("#timeline-details-kind").startsWith("Sleep"), text("#timeline-details-kind"));
        assertEquals("9:00\u202fAM\u201310:10\u202fAM (1 h 10 min)".replace("\u202f", " "),
                text("#timeline-details-times").replace("\u202f", " "));
        Screenshots.save(scene, "30-timeline-light");
        fx(() -> Theme.DARK.applyTo(scene));
        Screenshots.save(scene, "31-timeline-dark");
        fx(() -> Theme.NIGHT.applyTo(scene));
        Screenshots.save(scene, "32-timeline-night");
        fx(() -> Theme.LIGHT.applyTo(scene));

        // The drag as the scene delivers it (press, drag, release on the handle); the Headless robot's
        // pointer moves are too slow and coarse for a pixel drag.
        Node handle = onFx(() -> robot.lookup("#timeline-handle-end-" + nap.id()).query());
        Bounds bounds = onFx(() -> handle.localToScene(handle.getBoundsInLocal()));
        double x = bounds.getCenterX();
        Node block = onFx(() -> robot.lookup("#timeline-block-" + nap.id()).query());
        double to = onFx(() -> block.localToScene(block.getBoundsInLocal()).getMaxY()) + 30 * DayStrip.PX_PER_MINUTE;
        fx(() -> {
            handle.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, x, bounds.getCenterY()));
            handle.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, x, to - 10));
            handle.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, x, to));
            handle.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, x, to));
        });
        drain();
        Instant end = journal.entries().find(nap.id()).orElseThrow().end();
        long moved = Duration.between(nap.end(), end).toMinutes();
        assertTrue(moved >= 27 && moved <= 33, "about half an hour later: " + moved + " "
                + onFx(() -> model.messageProperty().get()) + " " + bounds);
        assertTrue(onFx(() -> !robot.lookup("#timeline-undo").queryButton().isDisabled()));
        robot.clickOn("#timeline-undo");
        drain();
        assertEquals(nap.end(), journal.entries().find(nap.id()).orElseThrow().end());
    }
}
