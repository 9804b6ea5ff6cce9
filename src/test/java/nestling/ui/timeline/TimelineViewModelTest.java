package nestling.ui.timeline;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class TimelineViewModelTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Berlin springs forward on 29 March 2026: a 23-hour day. */
    static final LocalDate SHORT_DAY = LocalDate.of(2026, 3, 29);

    @TempDir
    Path dir;

    private final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-30T10:00:00Z"))
            .withZone(BERLIN);
    private Database database;
    private Journal journal;
    private UiContext context;
    private Baby baby;
    private TimelineViewModel model;
    private int changes;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        database = Database.createEmpty();
        journal = Journal.of(database, clock);
        context = new UiContext(UiContext.defaultBundle(), dir, VaultOptions.defaults(), new BackgroundTasks(), clock,
                Duration.ofMillis(40));
        baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), java.time.ZoneOffset.ofHours(1),
                Sex.FEMALE, new GestationalAge(39, 0));
        model = onFx(() -> new TimelineViewModel(context, journal.entries(), () -> changes++));
        fx(() -> model.babyProperty().set(baby));
        drain();
    }

    @AfterEach
    void tearDown() {
        context.tasks().close();
        database.close();
    }

    private void drain() {
        java.util.concurrent.CompletableFuture<Object> done = new java.util.concurrent.CompletableFuture<>();
        fx(() -> context.tasks().run(() -> "", done::complete, done::completeExceptionally));
        try {
            done.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // a callback may have started the reload: wait for that one too
        java.util.concurrent.CompletableFuture<Object> again = new java.util.concurrent.CompletableFuture<>();
        fx(() -> context.tasks().run(() -> "", again::complete, again::completeExceptionally));
        try {
            again.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineDay day() {
        return onFx(() -> model.dayProperty().get());
    }

    private Entry sleep(String from, String to) {
        return journal.entries().log(baby.meta().id(), Instant.parse(from), Instant.parse(to),
                new EntryData.Sleep(SleepKind.NAP, null, null));
    }

    @Test
    void switchesDaysAcrossTheSpringDstDayWhichHas23Hours() {
        // 04:00 on the short day is 02:00 UTC: three hours after midnight (01:00 CET), not four.
        journal.entries().log(baby.meta().id(), Instant.parse("2026-03-29T02:00:00Z"), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        assertEquals(LocalDate.of(2026, 3, 30), day().date());
        assertEquals(1440, day().minutes());
        fx(model::previousDay);
        drain();
        assertEquals(SHORT_DAY, day().date());
        assertEquals(1380, day().minutes());
        assertEquals(1, day().items().size());
        assertEquals(180.0, day().items().getFirst().startMinute(), 1e-9);
        assertFalse(day().items().getFirst().block());
        fx(model::previousDay);
        drain();
        assertEquals(LocalDate.of(2026, 3, 28), day().date());
        assertEquals(1440, day().minutes());
        assertTrue(day().items().isEmpty());
        fx(model::nextDay);
        fx(model::nextDay);
        drain();
        assertEquals(LocalDate.of(2026, 3, 30), day().date());
        assertTrue(onFx(model::nowMinute) > 0, "today shows the current time");
        fx(model::previousDay);
        drain();
        assertEquals(-1.0, onFx(model::nowMinute), "another day has no now line");
    }

    @Test
    void aSleepAcrossMidnightIsCutToTheDayAndItsOuterEdgeCannotBeDragged() {
        sleep("2026-03-29T19:00:00Z", "2026-03-30T04:00:00Z"); // 21:00 to 06:00 local (CEST)
        fx(model::reload);
        drain();
        TimelineItem item = day().items().getFirst();
        assertTrue(item.block());
        assertTrue(item.startsBefore());
        assertEquals(0.0, item.startMinute());
        assertEquals(360.0, item.endMinute(), 1e-9);
    }

    @Test
    void draggingAnEdgeEditsTheEntryAndUndoTakesItBack() {
        Entry nap = sleep("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"); // 08:00-09:00 local
        fx(model::reload);
        drain();
        TimelineItem item = day().items().getFirst();
        assertEquals(480.0, item.startMinute(), 1e-9, "08:00 local on a normal day");
        fx(() -> model.moveEdge(item, TimelineViewModel.Edge.END, 600.4)); // 10:00 local, rounded to the minute
        drain();
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), journal.entries().find(nap.id()).orElseThrow().end());
        assertEquals(600.0, day().items().getFirst().endMinute(), 1e-9);
        assertEquals(1, changes, "the other screens heard about it");
        assertTrue(onFx(() -> model.canUndoProperty().get()));

        fx(() -> model.nudgeEdge(day().items().getFirst(), TimelineViewModel.Edge.START, -15));
        drain();
        assertEquals(Instant.parse("2026-03-30T05:45:00Z"), journal.entries().find(nap.id()).orElseThrow().start());

        fx(model::undo);
        drain();
        fx(model::undo);
        drain();
        Entry back = journal.entries().find(nap.id()).orElseThrow();
        assertEquals(nap.start(), back.start());
        assertEquals(nap.end(), back.end());
    }

    @Test
    void aRefusedChangeKeepsTheOldTimesAndSaysWhy() {
        Entry first = sleep("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z");
        sleep("2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z");
        Entry feed = journal.entries().log(baby.meta().id(), Instant.parse("2026-03-30T05:00:00Z"),
                Instant.parse("2026-03-30T05:20:00Z"), new EntryData.Breastfeeding(600, 540, Side.RIGHT, 1, 0, null));
        fx(model::reload);
        drain();
        TimelineItem nap = day().items().stream().filter(i -> i.entry().id().equals(first.id())).findFirst().orElseThrow();
        fx(() -> model.moveEdge(nap, TimelineViewModel.Edge.END, 11 * 60)); // into the next sleep
        drain();
        assertTrue(onFx(() -> model.messageProperty().get()).contains("overlaps"), onFx(() -> model.messageProperty().get()));
        assertEquals(first.end(), journal.entries().find(first.id()).orElseThrow().end());

        fx(() -> model.moveEdge(nap, TimelineViewModel.Edge.END, 7 * 60)); // before its start
        drain();
        assertFalse(onFx(() -> model.messageProperty().get()).isEmpty());
        assertEquals(first.end(), journal.entries().find(first.id()).orElseThrow().end());

        TimelineItem feeding = day().items().stream().filter(i -> i.entry().id().equals(feed.id())).findFirst().orElseThrow();
        fx(() -> model.moveEdge(feeding, TimelineViewModel.Edge.END, 7 * 60 + 5)); // shorter than its sides
        drain();
        assertTrue(onFx(() -> model.messageProperty().get()).contains("both sides"));
        assertEquals(feed.end(), journal.entries().find(feed.id()).orElseThrow().end());
        assertEquals(0, changes);
    }

    @Test
    void upAndDownWalkTheItemsAndADayOpensAtNowAtItsFirstEntryOrInTheMorning() {
        sleep("2026-03-28T20:00:00Z", "2026-03-29T01:30:00Z"); // 21:00 the evening before to 03:30 (CEST)
        journal.entries().log(baby.meta().id(), Instant.parse("2026-03-29T02:00:00Z"), null,
                new EntryData.Diaper(true, false, false, null, null, false, null)); // 04:00 CEST
        fx(model::reload);
        drain();
        assertEquals(12 * 60.0, onFx(model::openingMinute), 1e-9, "today opens at now, 12:00");

        fx(model::previousDay);
        drain();
        assertEquals(180.0, onFx(model::openingMinute), 1e-9,
                "the short day opens at the diaper, not at the night that began the day before");
        fx(() -> model.selectNext(1));
        assertTrue(onFx(() -> model.selectedProperty().get().block()), "Down from nothing: the first item");
        fx(() -> model.selectNext(1));
        assertEquals(180.0, onFx(() -> model.selectedProperty().get().startMinute()), 1e-9, "then the diaper");
        fx(() -> model.selectNext(1));
        assertEquals(180.0, onFx(() -> model.selectedProperty().get().startMinute()), 1e-9, "the last stays");
        fx(() -> model.selectNext(-1));
        assertTrue(onFx(() -> model.selectedProperty().get().block()), "Up: back to the night");

        fx(model::previousDay);
        drain();
        assertEquals(21 * 60.0, onFx(model::openingMinute), 1e-9, "the 28th opens where the night begins");
        fx(model::previousDay);
        drain();
        assertEquals(7 * 60.0, onFx(model::openingMinute), 1e-9, "an empty day opens in the morning");
    }

    @Test
    void anAnswerForADayNoLongerShownIsDropped() {
        fx(() -> {
            model.previousDay();
            model.previousDay();
            model.nextDay();
        });
        drain();
        assertEquals(SHORT_DAY, day().date());
        waitUntil("idle", () -> !model.busyProperty().get());
    }
}
