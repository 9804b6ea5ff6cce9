package nestling.ui.timeline;

import nestling.ui.testing.TestRobot;
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
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The timeline on the Headless platform: previous / next by button and key, details, dragging an edge. */
class TimelineViewTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-30T13:42:00Z"))
            .withZone(ZoneId.of("Europe/Berlin"));
    private TimelineFixture fixture;
    private Database database;
    private UiContext context;
    private Journal journal;
    private Baby baby;
    private Entry nap;
    private TimelineViewModel model;
    private Scene scene;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new TimelineFixture(dir, clock);
        database = fixture.database;
        journal = fixture.journal;
        context = fixture.context;
        baby = fixture.baby;
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
        TimelineStage shown = TimelineStage.show(context, journal, baby, 980, 900);
        model = shown.model();
        scene = shown.scene();
        drain();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    private void drain() {
        fixture.drain();
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
        // The edge moves by as much as the pointer: pressed on the edge, released 30 minutes lower.
        Node handle = onFx(() -> robot.lookup("#timeline-handle-end-" + nap.id()).query());
        Bounds bounds = onFx(() -> handle.localToScene(handle.getBoundsInLocal()));
        double x = bounds.getCenterX();
        Node block = onFx(() -> robot.lookup("#timeline-block-" + nap.id()).query());
        double edge = onFx(() -> block.localToScene(block.getBoundsInLocal()).getMaxY());
        double to = edge + 30 * DayStrip.PX_PER_MINUTE;
        fx(() -> {
            handle.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, x, edge));
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

    /** Where a node is on the screen, where the robot clicks. */
    private Bounds screenBounds(String id) {
        return onFx(() -> {
            Node node = robot.lookup(id).query();
            return node.localToScreen(node.getBoundsInLocal());
        });
    }

    private UUID selectedId() {
        return onFx(() -> model.selectedProperty().get() == null ? null : model.selectedProperty().get().entry().id());
    }

    @Test
    void aMarkAnswersOverFortyFourPixelsAndCrowdedMarksEachTakeTheirOwnClicks() {
        var id = baby.meta().id();
        Entry medicine = journal.entries().list(nestling.store.EntryQuery.of(id, Instant.parse("2026-03-30T08:59:00Z"),
                Instant.parse("2026-03-30T09:01:00Z"))).getFirst();
        Entry early = journal.entries().find(journal.entries().list(nestling.store.EntryQuery.of(id,
                Instant.parse("2026-03-30T04:29:00Z"), Instant.parse("2026-03-30T04:31:00Z"))).getFirst().id()).orElseThrow();
        Entry close = journal.entries().log(id, Instant.parse("2026-03-30T04:33:00Z"), null, new EntryData.Note("burp"));
        fx(model::reload);
        drain();

        Bounds mark = screenBounds("#timeline-mark-" + medicine.id());
        Bounds hit = screenBounds("#timeline-hit-" + medicine.id());
        assertTrue(mark.getHeight() < DayStrip.TARGET, "the mark looks slim: " + mark.getHeight());
        // (on screen the day is scrolled to the current time: its offset leaves a rounding error in the last digits)
        assertTrue(hit.getHeight() >= DayStrip.TARGET - 1e-9 && hit.getWidth() >= DayStrip.TARGET - 1e-9,
                "but answers wider: " + hit);
        // (above it lies the bottle 40 minutes earlier, whose own mark takes its own clicks; below it is free)
        robot.clickOn(new javafx.geometry.Point2D(mark.getCenterX(), hit.getMaxY() - 2));
        drain();
        assertEquals(medicine.id(), selectedId(), "a click at the bottom of the enlarged area, well below the mark");
        fx(() -> model.select(null));
        robot.clickOn(new javafx.geometry.Point2D(Math.min(hit.getMaxX(), mark.getMaxX()) - 2, mark.getMaxY() + 4));
        drain();
        assertEquals(medicine.id(), selectedId(), "and beside its corner");

        // Two marks 3 minutes (2 px) apart: each one's own label still takes its clicks.
        Bounds first = screenBounds("#timeline-mark-" + early.id());
        Bounds second = screenBounds("#timeline-mark-" + close.id());
        robot.clickOn(new javafx.geometry.Point2D(first.getMinX() + 6, first.getCenterY()));
        drain();
        assertEquals(early.id(), selectedId());
        robot.clickOn(new javafx.geometry.Point2D(second.getMaxX() - 6, second.getCenterY()));
        drain();
        assertEquals(close.id(), selectedId());
    }

    @Test
    void aHandleAnswersOverFortyFourPixelsButLeavesACloseNeighbourItsEdge() {
        // The nap's start: nothing logged in the hour before it (the bottle 10 minutes after its end
        // sits in the same column, so the end handle shares that gap; see below for such a neighbour).
        Bounds block = screenBounds("#timeline-block-" + nap.id());
        Bounds handle = screenBounds("#timeline-handle-start-" + nap.id());
        assertTrue(handle.getHeight() >= DayStrip.TARGET, "the start handle: " + handle);
        assertTrue(handle.getMaxY() < block.getMinY() + block.getHeight() / 4 + 1, "the block keeps its middle half");
        // A tap in the enlarged area above the block, which does not move: a click on the nap, its start unchanged.
        robot.clickOn(new javafx.geometry.Point2D(block.getCenterX(), handle.getMinY() + 3));
        drain();
        assertEquals(nap.id(), selectedId());
        assertEquals(nap.start(), journal.entries().find(nap.id()).orElseThrow().start());

        // Another sleep 10 minutes (6 px) after the nap: the two handles split the gap, neither covers the other block.
        Entry next = journal.entries().log(baby.meta().id(), Instant.parse("2026-03-30T08:20:00Z"),
                Instant.parse("2026-03-30T08:50:00Z"), new EntryData.Sleep(SleepKind.NAP, null, null));
        fx(model::reload);
        drain();
        Bounds napEnd = screenBounds("#timeline-handle-end-" + nap.id());
        Bounds nextBlock = screenBounds("#timeline-block-" + next.id());
        assertTrue(napEnd.getMaxY() <= nextBlock.getMinY(), napEnd + " reaches into " + nextBlock);
        robot.clickOn(new javafx.geometry.Point2D(nextBlock.getCenterX(), nextBlock.getMinY() + 1));
        drain();
        assertEquals(next.id(), selectedId(), "the next sleep's own top edge is its own");
        robot.clickOn(new javafx.geometry.Point2D(nextBlock.getCenterX(), napEnd.getMaxY() - 1));
        drain();
        assertEquals(nap.id(), selectedId(), "and just above the gap's middle is the nap's");
    }
}
