package nestling.ui.timeline;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The two nights a year the clock changes, in Europe/Berlin: a sleep 01:30 to 04:30 on the
 * clock lasts 2 hours in March and 4 in October, and the scale shows the day's 23 or 25 hours
 * (hour lines labelled with the clock's time, the change marked where it happens).
 */
class TimelineDstTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-10-26T10:00:00Z"))
            .withZone(BERLIN);
    private TimelineFixture fixture;
    private Database database;
    private UiContext context;
    private Journal journal;
    private Baby baby;
    private TimelineViewModel model;
    private Scene scene;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new TimelineFixture(dir, clock);
        database = fixture.database;
        journal = fixture.journal;
        context = fixture.context;
        baby = fixture.baby;
        TimelineStage shown = TimelineStage.show(context, journal, baby, 1024, 640);
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

    /** A sleep from {@code from} to {@code to} on Berlin's clock of {@code day}. */
    private Entry sleep(LocalDate day, int fromHour, int fromMinute, int toHour, int toMinute) {
        Instant from = day.atTime(fromHour, fromMinute).atZone(BERLIN).toInstant();
        Instant to = day.atTime(toHour, toMinute).atZone(BERLIN).toInstant();
        return journal.entries().log(baby.meta().id(), from, to, new EntryData.Sleep(SleepKind.NIGHT, null, null));
    }

    private void show(LocalDate day) {
        fx(() -> model.show(day));
        drain();
    }

    /** The hour labels top to bottom. */
    private List<Text> hourLabels() {
        return onFx(() -> robot.lookup(".timeline-hour-label").queryAll().stream().map(Text.class::cast)
                .sorted(Comparator.comparingDouble(Text::getY)).toList());
    }

    private String time(int hour) {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(nestling.ui.common.Formats.locale(context.bundle())).format(java.time.LocalTime.of(hour, 0));
    }

    @Test
    void springForwardADayOf23HoursAndATwoHourNight() {
        LocalDate day = LocalDate.of(2026, 3, 29);
        Entry night = sleep(day, 1, 30, 4, 30);
        assertEquals(Duration.ofHours(2), Duration.between(night.start(), night.end()));
        show(day);

        Region block = onFx(() -> robot.lookup("#timeline-block-" + night.id()).queryAs(Region.class));
        assertEquals(DayStrip.y(90), onFx(block::getLayoutY), 0.5, "01:30 is 90 minutes after midnight");
        assertEquals(120 * DayStrip.PX_PER_MINUTE, onFx(block::getHeight), 0.5, "two hours long");

        List<Text> labels = hourLabels();
        assertEquals(24, labels.size(), "23 hours: 24 lines from midnight to midnight");
        List<String> texts = labels.stream().map(Text::getText).toList();
        assertEquals(List.of(time(0), time(1), time(3), time(4)), texts.subList(0, 4), "no 2 o'clock on this day");
        assertEquals(time(0), texts.getLast(), "and the day ends at midnight");
        assertEquals(DayStrip.y(120) + 4, labels.get(2).getY(), 0.5, "3:00 is two hours after midnight");
        assertEquals(DayStrip.y(210), onFx(() -> block.getLayoutY() + block.getHeight()), 0.5,
                "the sleep ends half an hour below the 4:00 line");

        Labeled change = onFx(() -> robot.lookup("#timeline-clock-change").queryAs(Labeled.class));
        assertEquals(DayStrip.y(120), onFx(() -> change.getBoundsInParent().getMinY()), 16.0, "marked at 3:00");
        assertTrue(onFx(change::getText).contains("+1"), onFx(change::getText));
        assertTrue(onFx(() -> change.getTooltip().getText()).contains(time(2)), onFx(() -> change.getTooltip().getText()));
        assertTrue(onFx(() -> change.getTooltip().getText()).contains(time(3)), onFx(() -> change.getTooltip().getText()));
        assertTrue(onFx(() -> change.getAccessibleText()).equals(onFx(() -> change.getTooltip().getText())));
        fx(() -> robot.lookup("#timeline-block-" + night.id()).query().fireEvent(
                new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                        false, false, true, null)));
        String times = onFx(() -> robot.lookup("#timeline-details-times").queryAs(Labeled.class).getText());
        assertTrue(times.replace('\u202f', ' ').endsWith("(2 h 0 min)"), times);
        Screenshots.save(scene, "34-timeline-spring-forward");
    }

    @Test
    void fallBackADayOf25HoursWithTheRepeatedHourLabelledTwiceAndAFourHourNight() {
        LocalDate day = LocalDate.of(2026, 10, 25);
        // 01:30 summer time to 04:30 winter time: four hours pass
        Instant from = day.atTime(1, 30).atZone(BERLIN).toInstant();
        Instant to = day.atTime(4, 30).atZone(BERLIN).toInstant();
        assertEquals(Duration.ofHours(4), Duration.between(from, to));
        Entry night = sleep(day, 1, 30, 4, 30);
        show(day);

        Region block = onFx(() -> robot.lookup("#timeline-block-" + night.id()).queryAs(Region.class));
        assertEquals(DayStrip.y(90), onFx(block::getLayoutY), 0.5);
        assertEquals(240 * DayStrip.PX_PER_MINUTE, onFx(block::getHeight), 0.5, "four hours long");

        List<Text> labels = hourLabels();
        assertEquals(26, labels.size(), "25 hours: 26 lines from midnight to midnight");
        List<String> texts = labels.stream().map(Text::getText).toList();
        assertEquals(List.of(time(0), time(1), time(2), time(2), time(3)), texts.subList(0, 5),
                "the clock shows 2 o'clock twice");
        assertEquals(DayStrip.y(180) + 4, labels.get(3).getY(), 0.5, "the second 2:00 is three hours after midnight");
        assertEquals(DayStrip.y(330), onFx(() -> block.getLayoutY() + block.getHeight()), 0.5,
                "the sleep ends half an hour below the 4:00 line, 5 1/2 hours after midnight");

        Labeled change = onFx(() -> robot.lookup("#timeline-clock-change").queryAs(Labeled.class));
        assertEquals(DayStrip.y(180), onFx(() -> change.getBoundsInParent().getMinY()), 16.0,
                "marked at the second 2:00");
        assertTrue(onFx(change::getText).contains("\u22121") || onFx(change::getText).contains("-1"), onFx(change::getText));
        assertTrue(onFx(() -> change.getTooltip().getText()).contains(time(3)), onFx(() -> change.getTooltip().getText()));
        Screenshots.save(scene, "35-timeline-fall-back");

        show(LocalDate.of(2026, 10, 26));
        assertTrue(onFx(() -> robot.lookup("#timeline-clock-change").tryQuery().isEmpty()), "an ordinary day has none");
        assertEquals(25, hourLabels().size());
    }
}
