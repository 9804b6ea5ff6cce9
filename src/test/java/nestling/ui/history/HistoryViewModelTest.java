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
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Caregiver;
import nestling.domain.DoseUnit;
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
    void aSlowOldQueryDoesNotOverwriteANewerFilter() {
        fx(() -> {
            model.typeProperty().set(EntryType.SLEEP);
            model.typeProperty().set(EntryType.DIAPER);
        });
        ui.drainTasks();
        assertEquals(List.of("Diaper"), types());
    }
}
