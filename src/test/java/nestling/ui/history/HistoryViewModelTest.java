package nestling.ui.history;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Caregiver;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.testing.JournalFixture;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class HistoryViewModelTest {
    @TempDir
    Path dir;

    private JournalFixture fixture;
    private UiTesting ui;
    private Database database;
    private Journal journal;
    private Baby ada;
    private Baby ben;
    private Caregiver sam;
    private HistoryViewModel model;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new JournalFixture(dir);
        ui = fixture.ui;
        database = fixture.database;
        journal = fixture.journal;
        ada = fixture.ada;
        ben = journal.family().addBaby("Ben", Instant.parse("2026-01-10T04:20:00Z"), ZoneOffset.UTC, Sex.MALE, null);
        sam = journal.family().addCaregiver("Sam", null, null);
        Caregiver alex = journal.family().addCaregiver("Alex", null, null);
        Instant now = ui.clock.instant();
        log(ada, now.minus(Duration.ofDays(2)), new EntryData.Bottle(BottleContent.FORMULA, 120, null), sam);
        log(ada, now.minus(Duration.ofHours(5)), new EntryData.Diaper(true, false, false, null, null, false, null), alex);
        log(ben, now.minus(Duration.ofHours(4)), new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML,
                null, null), sam);
        journal.entries().log(ben.meta().id(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)),
                new EntryData.Sleep(SleepKind.NIGHT, null, "woke once"), alex.meta().id());
        model = onFx(() -> new HistoryViewModel(ui.context, journal, changes::incrementAndGet));
        fx(model::reload);
        ui.drainTasks();
    }

    private void log(Baby baby, Instant at, EntryData data, Caregiver by) {
        journal.entries().log(baby.meta().id(), at, null, data, by.meta().id());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private List<String> types() {
        return onFx(() -> model.rows().stream().map(HistoryRow::type).toList());
    }

    @Test
    void showsEveryEntryNewestFirstWithNamesAndUserUnits() {
        assertEquals(List.of("Sleep", "Medicine", "Diaper", "Bottle"), types());
        HistoryRow sleep = onFx(() -> model.rows().getFirst());
        assertEquals("Ben", sleep.baby());
        assertEquals("Alex", sleep.by());
        assertEquals("Night \u00b7 woke once \u00b7 2 h 0 min", sleep.summary());
        assertEquals("120 ml \u00b7 Formula", onFx(() -> model.rows().getLast().summary()));
    }

    @Test
    void summariesFollowTheUnitPreference() {
        journal.preferences().setUnits(UnitSystem.IMPERIAL);
        fx(model::reload);
        ui.drainTasks();
        assertEquals("4.06 fl oz \u00b7 Formula", onFx(() -> model.rows().getLast().summary()));
    }

    @Test
    void filtersByBabyTypeCaregiverAndDates() {
        fx(() -> model.babyProperty().set(ada));
        ui.drainTasks();
        assertEquals(List.of("Diaper", "Bottle"), types());
        fx(() -> model.typeProperty().set(EntryType.BOTTLE));
        ui.drainTasks();
        assertEquals(List.of("Bottle"), types());
        fx(model::clearFilters);
        fx(() -> model.caregiverProperty().set(sam));
        ui.drainTasks();
        assertEquals(List.of("Medicine", "Bottle"), types());
        fx(model::clearFilters);
        fx(() -> model.fromProperty().set(LocalDate.of(2026, 3, 1)));
        ui.drainTasks();
        assertEquals(List.of("Sleep"), types(), "the clock is 03:00 UTC on 1 March; the sleep began at midnight");
        fx(() -> {
            model.fromProperty().set(null);
            model.toProperty().set(LocalDate.of(2026, 2, 27));
        });
        ui.drainTasks();
        assertEquals(List.of("Bottle"), types());
    }

    @Test
    void theFamilysOwnActivityShowsByItsNameAndIsFoundByIt() {
        var massage = journal.family().addActivityType("Baby massage", "#7e57c2", true);
        Instant now = ui.clock.instant();
        journal.entries().log(ada.meta().id(), now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(30)),
                new EntryData.Activity(ActivityKind.CUSTOM, massage.meta().id(), null, null), sam.meta().id());
        fx(model::reload);
        ui.drainTasks();
        assertEquals("Baby massage \u00b7 0 h 20 min", onFx(() -> model.rows().getFirst().summary()));
        fx(() -> model.searchProperty().set("massage"));
        ui.drainTasks();
        assertEquals(List.of("Activity"), types());
    }

    @Test
    void aGermanSummaryWritesTheDecimalComma() {
        Entry medicine = onFx(() -> model.rows().get(1).entry());
        java.util.ResourceBundle german = java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.GERMAN);
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.ENGLISH);
        assertEquals("Paracetamol \u00b7 2,5 ml", new EntrySummaries(german, UnitSystem.METRIC).of(medicine));
        assertEquals("Paracetamol \u00b7 2.5 ml", new EntrySummaries(english, UnitSystem.METRIC).of(medicine));
    }

    @Test
    void searchNeedsEveryWordInAnyCase() {
        fx(() -> model.searchProperty().set("PARACET"));
        ui.drainTasks();
        assertEquals(List.of("Medicine"), types());
        fx(() -> model.searchProperty().set("ben woke"));
        ui.drainTasks();
        assertEquals(List.of("Sleep"), types());
        fx(() -> model.searchProperty().set("nothing like this"));
        ui.drainTasks();
        assertTrue(types().isEmpty());
    }

    @Test
    void deleteThenUndoBringsTheEntryBack() {
        HistoryRow medicine = onFx(() -> model.rows().get(1));
        fx(() -> model.delete(medicine));
        ui.drainTasks();
        assertEquals(List.of("Sleep", "Diaper", "Bottle"), types());
        assertTrue(model.canUndoProperty().get());
        assertEquals("Entry deleted.", model.statusProperty().get());
        fx(model::undo);
        ui.drainTasks();
        assertEquals(List.of("Sleep", "Medicine", "Diaper", "Bottle"), types());
        assertEquals(2, changes.get(), "other screens hear of both");
    }

    @Test
    void aSlowOlderQueryNeverOverwritesANewerFilter() throws Exception {
        List<List<String>> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        fx(() -> model.rows().addListener((javafx.collections.ListChangeListener<HistoryRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    shown.add(model.rows().stream().map(HistoryRow::type).toList());
                }
            }
        }));
        // The database is busy (held by this test), so the query for Sleep starts and waits in it.
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> database.read(c -> {
            held.countDown();
            try {
                return release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        held.await();
        fx(() -> model.typeProperty().set(EntryType.SLEEP));
        nestling.ui.testing.UiTesting.waitUntil("the Sleep query waits for the database", () -> Thread.getAllStackTraces()
                .entrySet().stream().anyMatch(e -> e.getKey().getName().startsWith("nestling-ui-worker")
                        && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("read")
                                && f.getClassName().equals(Database.class.getName()))));
        fx(() -> model.typeProperty().set(EntryType.DIAPER));
        release.countDown();
        holder.join();
        ui.drainTasks();
        assertEquals(List.of("Diaper"), types());
        assertEquals(List.of(List.of("Diaper")), shown, "the Sleep result, finished first, was never shown");
    }

    @Test
    void aLongHistoryIsReadAPageAtATimeAndKeepsOnlyAFewPages() {
        Instant start = ui.clock.instant().minus(Duration.ofDays(30));
        int notes = HistoryRows.PAGE * (HistoryRows.PAGES_KEPT + 5) + 37;
        for (int i = 0; i < notes; i++) {
            journal.entries().log(ada.meta().id(), start.plus(Duration.ofMinutes(i)), null, new EntryData.Note("note " + i));
        }
        fx(model::reload);
        ui.drainTasks();
        HistoryRows rows = (HistoryRows) model.rows();
        assertEquals(notes + 4, onFx(rows::size));
        assertEquals("Sleep", onFx(() -> rows.get(0).type()), "the first page comes with the count");
        int deep = 4 + 1000; // newest first: the four setUp entries, then note (notes - 1), ...
        assertEquals(null, onFx(() -> rows.get(deep)), "not read yet: an empty line for a moment");
        ui.drainTasks();
        assertEquals("note " + (notes - 1 - 1000), onFx(() -> rows.get(deep).summary()));
        assertEquals("note 0", fetched(rows, notes + 3), "the last, partial page");
        for (int i = 0; i < onFx(rows::size); i += HistoryRows.PAGE) {
            fetched(rows, i);
        }
        assertTrue(onFx(rows::pagesHeld) <= HistoryRows.PAGES_KEPT, "a bounded window of pages: " + onFx(rows::pagesHeld));
        assertEquals("note 0", fetched(rows, rows.size() - 1));
    }

    @Test
    void pagesScrolledPastBeforeTheirTurnAreNotRead() {
        Instant start = ui.clock.instant().minus(Duration.ofDays(30));
        for (int i = 0; i < HistoryRows.PAGE * 20; i++) {
            journal.entries().log(ada.meta().id(), start.plus(Duration.ofMinutes(i)), null, new EntryData.Note("n" + i));
        }
        fx(model::reload);
        ui.drainTasks();
        HistoryRows rows = (HistoryRows) model.rows();
        // A fast drag of the scroll bar: three pages asked for while the worker is still busy.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        ui.context.tasks().run(() -> busy.await(10, java.util.concurrent.TimeUnit.SECONDS), done -> { }, failed -> { });
        fx(() -> {
            rows.get(5 * HistoryRows.PAGE);
            rows.get(10 * HistoryRows.PAGE);
            rows.get(15 * HistoryRows.PAGE);
        });
        busy.countDown();
        ui.drainTasks();
        assertEquals(2, onFx(rows::pagesHeld), "the first page and the one where the drag stopped");
        assertTrue(onFx(() -> rows.get(15 * HistoryRows.PAGE)) != null);
        assertEquals("n" + (HistoryRows.PAGE * 20 - 1 - (5 * HistoryRows.PAGE - 4)), fetched(rows, 5 * HistoryRows.PAGE),
                "a skipped page is read when it is asked for again");
    }

    /** The row's summary once its page was fetched. */
    private String fetched(HistoryRows rows, int index) {
        fx(() -> rows.get(index));
        ui.drainTasks();
        return onFx(() -> rows.get(index).summary());
    }

    @Test
    void theTableHearsWhenARowsPageArrives() {
        Instant start = ui.clock.instant().minus(Duration.ofDays(30));
        for (int i = 0; i < HistoryRows.PAGE + 10; i++) {
            journal.entries().log(ada.meta().id(), start.plus(Duration.ofMinutes(i)), null, new EntryData.Note("n" + i));
        }
        fx(model::reload);
        ui.drainTasks();
        java.util.Set<Integer> updated = new java.util.concurrent.ConcurrentSkipListSet<>();
        fx(() -> model.rows().addListener((javafx.collections.ListChangeListener<HistoryRow>) c -> {
            while (c.next()) {
                for (int i = c.getFrom(); c.wasUpdated() && i < c.getTo(); i++) {
                    updated.add(i);
                }
            }
        }));
        assertEquals(null, onFx(() -> model.rows().get(HistoryRows.PAGE + 3)));
        ui.drainTasks();
        assertEquals(java.util.stream.IntStream.range(HistoryRows.PAGE, HistoryRows.PAGE + 14).boxed().toList(),
                List.copyOf(updated), "the second page, all 14 of its rows, and nothing else");
        assertEquals("n10", onFx(() -> model.rows().get(HistoryRows.PAGE + 3).summary()),
                "index 103: the 4 setUp entries are newer, then n109 at index 4, so n10");
    }

    @Test
    void searchSeesEditsAndCombinesWithTheOtherFilters() {
        fx(() -> model.searchProperty().set("paracet"));
        ui.drainTasks();
        assertEquals(List.of("Medicine"), types());
        var medicine = onFx(() -> model.rows().getFirst().entry());
        ui.clock.advance(Duration.ofMinutes(1)); // an edit moves updated_at: that is how a cached text knows it is stale
        journal.entries().edit(new nestling.domain.Entry(medicine.meta(), medicine.babyId(), medicine.start(), null,
                medicine.offset(), new EntryData.Medicine("Ibuprofen", new BigDecimal("2.5"), DoseUnit.ML, null, null)));
        fx(model::reload);
        ui.drainTasks();
        assertTrue(types().isEmpty(), "the old text no longer matches");
        fx(() -> model.searchProperty().set("ibu"));
        ui.drainTasks();
        assertEquals(List.of("Medicine"), types());
        fx(() -> model.searchProperty().set("sam"));
        ui.drainTasks();
        assertEquals(List.of("Medicine", "Bottle"), types(), "a caregiver's name matches");
        fx(() -> model.babyProperty().set(ada));
        ui.drainTasks();
        assertEquals(List.of("Bottle"), types(), "search words and baby together");
        fx(() -> model.fromProperty().set(LocalDate.of(2026, 3, 1)));
        ui.drainTasks();
        assertTrue(types().isEmpty(), "and dates");
    }
}
