package nestling.ui.timeline;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.SettingsRepository;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.shell.Section;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline in the real window at 1024×640 (the smallest the app supports) over a busy
 * afternoon: marks at their times, side by side where they crowd; the keyboard stays in the
 * timeline; the details card and the current time are in view.
 */
class TimelineWindowTest {
    /** Today in the test, 17:05 UTC (the test clock's zone). */
    static final Instant NOW = Instant.parse("2026-03-01T17:05:00Z");
    static final String LONG_NAME = "Maximiliane-Charlotte Sophie v";

    @TempDir
    Path dir;

    private WindowTesting window;
    private final List<UUID> afternoon = new ArrayList<>();
    private UUID breastfeed;
    private UUID yesterday;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Opens the window at 1024×640 over a busy afternoon and shows the Timeline. */
    private void open(ResourceBundle bundle, String name, Language language) throws Exception {
        UiTesting ui = new UiTesting(dir, bundle);
        ui.clock.advance(Duration.between(ui.clock.instant(), NOW));
        window = new WindowTesting(ui, 1024, 640, (session, testing) -> {
            Journal journal = Journal.of(session.database(), testing.clock);
            new LanguageSetting(new SettingsRepository(session.database())).store(language);
            var baby = journal.family().addBaby(name, Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC,
                    Sex.FEMALE, new GestationalAge(39, 0));
            var id = baby.meta().id();
            var log = journal.entries();
            yesterday = log.log(id, at("2026-02-28T19:10"), null, new EntryData.Bottle(BottleContent.FORMULA, 90, null))
                    .id();
            log.log(id, at("2026-03-01T13:00"), at("2026-03-01T14:30"), new EntryData.Sleep(SleepKind.NAP, null, null));
            breastfeed = log.log(id, at("2026-03-01T16:30"), at("2026-03-01T16:55"),
                    new EntryData.Breastfeeding(600, 720, Side.RIGHT, 1, 0, null)).id();
            afternoon.add(breastfeed);
            afternoon.add(log.log(id, at("2026-03-01T16:40"), at("2026-03-01T16:50"),
                    new EntryData.Pumping(60, 50, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:45"), null,
                    new EntryData.Bottle(BottleContent.BREAST_MILK, 110, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:48"), null,
                    new EntryData.Diaper(true, true, false, null, null, false, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:49"), null,
                    new EntryData.Diaper(true, false, false, null, null, false, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:50"), null,
                    new EntryData.Medicine("Vitamin D", java.math.BigDecimal.ONE, DoseUnit.DROPS, null, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:52"), null,
                    new EntryData.Diaper(false, true, false, null, null, false, null)).id());
            afternoon.add(log.log(id, at("2026-03-01T16:58"), null, new EntryData.Note("Hiccups after the feed")).id());
        }, w -> { });
        window.unlock();
        fx(() -> window.window().shell().sectionProperty().set(Section.TIMELINE));
        window.ui.drainTasks();
        window.ui.drainTasks();
        waitUntil("the day is drawn", () -> window.robot.lookup(".timeline-item").queryAll().size() == 9);
    }

    private void openInEnglish() throws Exception {
        open(ResourceBundle.getBundle("nestling.ui.messages", Locale.ENGLISH), "Ada", Language.ENGLISH);
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }

    private Node node(UUID id) {
        return onFx(() -> window.robot.lookup(".timeline-item").queryAll().stream()
                .filter(n -> n.getId().endsWith(id.toString())).findFirst().orElseThrow());
    }

    /** Minutes since midnight UTC (the day's start in the test's zone). */
    private static double minuteOf(Instant instant) {
        return Duration.between(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), instant).toSeconds()
                / 60.0;
    }

    private Instant start(UUID id) {
        return onFx(() -> window.window().shell().journal().entries().find(id).orElseThrow().start());
    }

    /** A click as the scene delivers it, wherever the node is scrolled to. */
    private void click(Node node) {
        fx(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            node.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, b.getCenterX(), b.getCenterY(), b.getCenterX(),
                    b.getCenterY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                    false, true, null));
        });
        window.ui.drainTasks();
    }

    /** The entry whose item is drawn as selected. */
    private UUID selected() {
        return onFx(() -> window.robot.lookup(".timeline-item.selected").queryAll().stream()
                .map(n -> UUID.fromString(n.getId().substring(n.getId().length() - 36))).findFirst().orElse(null));
    }

    private LocalDate shownDate() {
        String shown = window.text("#timeline-date");
        for (LocalDate day = LocalDate.of(2026, 2, 20); day.isBefore(LocalDate.of(2026, 3, 5)); day = day.plusDays(1)) {
            if (java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                    .withLocale(Locale.ENGLISH).format(day).equals(shown)) {
                return day;
            }
        }
        throw new AssertionError("no date: " + shown);
    }

    private static boolean mayShorten(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(nestling.ui.common.Controls.MAY_SHORTEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a parent sees all of {@code node}: inside the window and inside the visible part of
     * every scroll pane around it.
     */
    private boolean wholeInView(Node node) {
        return onFx(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > node.getScene().getWidth() + 1
                    || b.getMaxY() > node.getScene().getHeight() + 1) {
                return false;
            }
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    Node viewport = pane.lookup(".viewport");
                    Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
                    if (b.getMinY() < v.getMinY() - 1 || b.getMaxY() > v.getMaxY() + 1 || b.getMinX() < v.getMinX() - 1
                            || b.getMaxX() > v.getMaxX() + 1) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    @Test
    void aBusyAfternoonShowsEveryMarkAtItsTimeSideBySideInLanes() throws Exception {
        openInEnglish();
        List<Node> items = onFx(() -> List.copyOf(window.robot.lookup(".timeline-item").queryAll()));
        for (UUID id : afternoon) {
            Node item = node(id);
            double expected = DayStrip.y(minuteOf(start(id)));
            double top = onFx(item::getLayoutY);
            assertEquals(expected, top, 2.0, item.getId() + " sits at its time");
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Bounds a = onFx(items.get(i)::getBoundsInParent);
                Bounds b = onFx(items.get(j)::getBoundsInParent);
                boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
                assertFalse(overlap, items.get(i).getId() + " " + a + " overlaps " + items.get(j).getId() + " " + b);
            }
        }
        // every item lies inside the strip, none beyond its right edge
        Bounds strip = onFx(() -> window.window().scene().lookup("#timeline-strip").getLayoutBounds());
        for (Node item : items) {
            Bounds b = onFx(item::getBoundsInParent);
            assertTrue(b.getMaxX() <= strip.getMaxX() + 0.5, item.getId() + " ends at " + b.getMaxX() + " of " + strip);
        }
    }

    @Test
    void leftAndRightWithABlockSelectedSwitchDaysAndUpDownMoveTheSelection() throws Exception {
        openInEnglish();
        click(node(breastfeed));
        assertEquals(breastfeed, selected());
        window.robot.type(KeyCode.DOWN);
        window.ui.drainTasks();
        assertEquals(afternoon.get(1), selected(), "Down: the next item (the pumping)");
        window.robot.type(KeyCode.UP);
        window.ui.drainTasks();
        assertEquals(breastfeed, selected(), "Up: back to the breastfeed");
        window.robot.type(KeyCode.LEFT);
        window.ui.drainTasks();
        window.ui.drainTasks();
        assertEquals(Section.TIMELINE, onFx(() -> window.window().shell().sectionProperty().get()), "still here");
        assertEquals(LocalDate.of(2026, 2, 28), shownDate());
        window.robot.type(KeyCode.LEFT);
        window.ui.drainTasks();
        window.ui.drainTasks();
        assertEquals(Section.TIMELINE, onFx(() -> window.window().shell().sectionProperty().get()));
        assertEquals(LocalDate.of(2026, 2, 27), shownDate());
        window.robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        window.ui.drainTasks();
        window.ui.drainTasks();
        assertEquals(LocalDate.of(2026, 3, 1), shownDate());
        assertEquals(Section.TIMELINE, onFx(() -> window.window().shell().sectionProperty().get()));
    }

    @Test
    void theDetailsCardIsWhollyInViewBesideTheDay() throws Exception {
        openInEnglish();
        click(node(afternoon.get(2)));
        Node details = onFx(() -> window.window().scene().lookup("#timeline-details"));
        waitUntil("details", () -> window.robot.lookup("#timeline-details-kind").tryQuery().isPresent());
        assertTrue(window.text("#timeline-details-kind").startsWith("Bottle"), window.text("#timeline-details-kind"));
        assertTrue(wholeInView(details), "the details card is in view: "
                + onFx(() -> details.localToScene(details.getBoundsInLocal())));
        nestling.ui.testing.Screenshots.save(window.window().scene(), "36-timeline-busy-details");
        Node bottle = node(afternoon.get(2));
        assertTrue(wholeInView(bottle), "and so is the item it belongs to: "
                + onFx(() -> bottle.localToScene(bottle.getBoundsInLocal())) + " in " + onFx(() -> {
                    Node v = window.window().scene().lookup("#timeline-scroll").lookup(".viewport");
                    return v.localToScene(v.getBoundsInLocal());
                }));
    }

    @Test
    void todayOpensAtTheCurrentTimeAndAnotherDayAtItsFirstEntry() throws Exception {
        openInEnglish();
        Node now = onFx(() -> window.window().scene().lookup("#timeline-now"));
        assertNotNull(now);
        assertTrue(wholeInView(now), "the now line is in view: " + onFx(() -> now.localToScene(now.getBoundsInLocal())));
        assertTrue(wholeInView(node(breastfeed)), "and the feed half an hour ago");
        fx(() -> window.window().scene().lookup("#timeline-previous").requestFocus());
        window.robot.type(KeyCode.SPACE);
        window.ui.drainTasks();
        window.ui.drainTasks();
        assertEquals(LocalDate.of(2026, 2, 28), shownDate());
        waitUntil("yesterday is drawn", () -> window.robot.lookup(".timeline-item").queryAll().size() == 1);
        assertTrue(wholeInView(node(yesterday)), "another day opens at its first entry");
    }

    @Test
    void inGermanWithALongNameCrowdedLabelsShortenWithTheirWholeTextInATooltip() throws Exception {
        open(ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN), LONG_NAME, Language.GERMAN);
        assertEquals(30, LONG_NAME.length());
        int shortened = 0;
        for (UUID id : afternoon) {
            Node item = node(id);
            Labeled label = onFx(() -> item instanceof Labeled l ? l : (Labeled) item.lookup(".label"));
            if (onFx(label::isTextTruncated)) {
                shortened++;
                assertTrue(onFx(() -> mayShorten(label)), item.getId() + " may shorten");
                Label withTip = (Label) label;
                assertNotNull(onFx(withTip::getTooltip), item.getId() + " keeps its whole text in a tooltip");
                assertEquals(onFx(withTip::getText), onFx(() -> withTip.getTooltip().getText()));
            }
        }
        assertTrue(shortened > 0, "crowded German labels shorten at 1024×640");
        assertTrue(window.text("#timeline-date").contains("1. M\u00e4rz 2026"), window.text("#timeline-date"));
    }
}
