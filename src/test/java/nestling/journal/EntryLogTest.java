package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Caregiver;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.domain.ValidationException;
import nestling.store.Database;
import nestling.store.EntryQuery;
import nestling.store.RememberedNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EntryLogTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TestClock clock = new TestClock(berlin("2026-11-21T12:00"), BERLIN);
    private final Database database = Database.createEmpty();
    private final Journal journal = Journal.of(database, clock);
    private final Baby ada = journal.family().addBaby("Ada", berlin("2026-09-01T04:10"), ZoneOffset.ofHours(2),
            Sex.FEMALE, null);
    private final Baby ben = journal.family().addBaby("Ben", berlin("2026-09-01T04:30"), ZoneOffset.ofHours(2),
            Sex.MALE, null);

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Entry sleep(Baby baby, String from, String to) {
        return journal.entries().log(baby.meta().id(), berlin(from), berlin(to), new EntryData.Sleep(SleepKind.NIGHT, null, null));
    }

    private List<Entry> adaOn(String day) {
        return journal.entries().day(ada.meta().id(), LocalDate.parse(day), BERLIN);
    }

    @Test
    void aSleepAcrossMidnightIsListedOnBothDays() {
        Entry night = sleep(ada, "2026-11-20T21:30", "2026-11-21T02:10");
        Entry nap = sleep(ada, "2026-11-21T10:00", "2026-11-21T11:00");
        assertEquals(List.of(night), adaOn("2026-11-20"));
        assertEquals(List.of(night, nap), adaOn("2026-11-21"));
        assertEquals(List.of(), adaOn("2026-11-22"));
        assertEquals(ZoneOffset.ofHours(1), night.offset(), "the offset at logging time");
    }

    @Test
    void twinsMayOverlapEachOtherButNotThemselves() {
        sleep(ada, "2026-11-21T01:00", "2026-11-21T03:00");
        sleep(ben, "2026-11-21T01:30", "2026-11-21T03:30");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> sleep(ada, "2026-11-21T02:00", "2026-11-21T04:00"));
        assertEquals("This sleep overlaps another sleep of the same baby.", refused.byField().get("start"));
        assertEquals(1, adaOn("2026-11-21").size(), "nothing was saved");
        assertEquals(1, journal.entries().day(ben.meta().id(), LocalDate.parse("2026-11-21"), BERLIN).size());
    }

    @Test
    void anEntryLongerAgoThanADayStillBlocksAnOverlapNearItsEnd() {
        sleep(ada, "2026-11-19T20:00", "2026-11-21T01:00");
        assertThrows(ValidationException.class, () -> sleep(ada, "2026-11-21T00:30", "2026-11-21T02:00"));
    }

    @Test
    void undoAndRedoWalkThroughSeveralSteps() {
        Entry bottle = journal.entries().log(ada.meta().id(), berlin("2026-11-21T09:00"), null,
                new EntryData.Bottle(BottleContent.FORMULA, 120, null));
        clock.advance(Duration.ofMinutes(1));
        Entry edited = journal.entries().edit(bottle.withData(new EntryData.Bottle(BottleContent.FORMULA, 150, null)));
        clock.advance(Duration.ofMinutes(1));
        journal.entries().delete(bottle.id());
        assertEquals(List.of(), adaOn("2026-11-21"));

        clock.advance(Duration.ofMinutes(1));
        journal.entries().undo(); // revive
        assertEquals(List.of(150), amounts());
        journal.entries().undo(); // back to 120
        assertEquals(List.of(120), amounts());
        journal.entries().undo(); // unlog
        assertEquals(List.of(), amounts());
        assertFalse(journal.entries().canUndo());
        assertTrue(journal.entries().undo().isEmpty());

        journal.entries().redo(); // logged again
        journal.entries().redo(); // 150 again
        assertEquals(List.of(150), amounts());
        Entry stored = journal.entries().find(bottle.id()).orElseThrow();
        assertEquals(bottle.meta().createdAt(), stored.meta().createdAt(), "undo keeps who and when created");
        assertTrue(stored.meta().updatedAt().isAfter(edited.meta().updatedAt()), "undo is the newest change for a merge");

        journal.entries().log(ada.meta().id(), berlin("2026-11-21T10:00"), null, new EntryData.Note("hiccups"));
        assertFalse(journal.entries().canRedo(), "a new change clears what could be redone");
    }

    private List<Integer> amounts() {
        return adaOn("2026-11-21").stream().map(e -> ((EntryData.Bottle) e.data()).ml()).toList();
    }

    @Test
    void undoOfAnEditRestoresTheOldTimes() {
        Entry nap = sleep(ada, "2026-11-21T10:00", "2026-11-21T11:00");
        journal.entries().edit(nap.withTimes(berlin("2026-11-21T10:00"), berlin("2026-11-21T10:30"), nap.offset()));
        journal.entries().undo();
        assertEquals(berlin("2026-11-21T11:00"), journal.entries().find(nap.id()).orElseThrow().end());
    }

    @Test
    void aRefusedEditChangesNothingAndIsNotInTheHistory() {
        sleep(ada, "2026-11-21T08:00", "2026-11-21T09:00");
        Entry nap = sleep(ada, "2026-11-21T10:00", "2026-11-21T11:00");
        assertThrows(ValidationException.class, () -> journal.entries().edit(
                nap.withTimes(berlin("2026-11-21T08:30"), berlin("2026-11-21T11:00"), nap.offset())));
        assertEquals(nap.start(), journal.entries().find(nap.id()).orElseThrow().start());
        journal.entries().undo();
        assertTrue(journal.entries().find(nap.id()).isEmpty(), "the last real step (logging the nap) was undone");
    }

    @Test
    void entriesRecordTheCurrentCaregiverAndMedicinesAndFoodsAreRemembered() {
        Caregiver sam = journal.family().addCaregiver("Sam", "sam@example.org", "#3a7bd5");
        journal.family().setCurrentCaregiver(sam.meta().id());
        Entry dose = journal.entries().log(ada.meta().id(), berlin("2026-11-21T08:00"), null,
                new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null));
        journal.entries().log(ada.meta().id(), berlin("2026-11-21T09:00"), null,
                new EntryData.Medicine("Probiotic drops", BigDecimal.ONE, DoseUnit.DROPS, null, null));
        journal.entries().log(ada.meta().id(), berlin("2026-11-21T09:30"), null,
                new EntryData.Solids(List.of("Carrot", "Pear"), "2 spoons", null, null, null));
        assertEquals(sam.meta().id(), dose.meta().createdBy());
        assertEquals("Sam", journal.family().currentCaregiver().orElseThrow().name());
        assertEquals(List.of("Probiotic drops", "Paracetamol"), journal.entries().suggestions(RememberedNames.MEDICINE, "p"));
        assertEquals(List.of("Carrot"), journal.entries().suggestions(RememberedNames.FOOD, "car"));
        assertEquals(berlin("2026-11-21T14:00"), dose.nextDoseFrom().orElseThrow());
    }

    @Test
    void listingFiltersByTypeAndCoversEveryBaby() {
        sleep(ada, "2026-11-21T01:00", "2026-11-21T03:00");
        sleep(ben, "2026-11-21T01:00", "2026-11-21T03:00");
        journal.entries().log(ben.meta().id(), berlin("2026-11-21T05:00"), null, new EntryData.Note("woke"));
        List<Entry> notes = journal.entries().list(new EntryQuery(null, berlin("2026-11-21T00:00"),
                berlin("2026-11-22T00:00"), Set.of(EntryType.NOTE)));
        assertEquals(1, notes.size());
        assertEquals(3, journal.entries().list(EntryQuery.of(null, berlin("2026-11-21T00:00"), berlin("2026-11-22T00:00"))).size());
    }

    @Test
    void anEntryForAnUnknownBabyOrInTheFutureIsRefused() {
        ValidationException unknown = assertThrows(ValidationException.class, () -> journal.entries().log(
                java.util.UUID.randomUUID(), clock.instant(), null, new EntryData.Note("x")));
        assertEquals("Pick a baby.", unknown.byField().get("baby"));
        assertThrows(ValidationException.class, () -> journal.entries().log(ada.meta().id(),
                clock.instant().plus(Duration.ofMinutes(6)), null, new EntryData.Note("x")));
    }

    @Test
    void babyNamesAreUniqueIgnoringCase() {
        ValidationException refused = assertThrows(ValidationException.class, () -> journal.family().addBaby(" ada",
                clock.instant(), ZoneOffset.UTC, Sex.FEMALE, null));
        assertEquals("Another baby already has this name.", refused.byField().get("name"));
        assertEquals(ada.meta().id(), journal.family().babyNamed("ADA").orElseThrow().meta().id());
    }

    @Test
    void theAutumnChangeDayHas25HoursOfEntries() {
        Entry early = journal.entries().log(ada.meta().id(), berlin("2026-10-25T00:30"), null, new EntryData.Note("early"));
        Entry late = journal.entries().log(ada.meta().id(), berlin("2026-10-25T23:30"), null, new EntryData.Note("late"));
        journal.entries().log(ada.meta().id(), berlin("2026-10-26T00:10"), null, new EntryData.Note("next day"));
        assertEquals(List.of(early, late), adaOn("2026-10-25"));
        assertEquals(Duration.ofHours(24), Duration.between(early.start(), late.start()), "23 h apart on the wall clock");
        assertEquals(ZoneOffset.ofHours(2), early.offset(), "summer time at 00:30");
        assertEquals(ZoneOffset.ofHours(1), late.offset(), "winter time at 23:30");
    }

    @Test
    void problemsCanBeCheckedWithoutSaving() {
        Entry nap = sleep(ada, "2026-11-21T10:00", "2026-11-21T11:00");
        EntryData sleep = new EntryData.Sleep(SleepKind.NAP, null, null);
        assertEquals("This sleep overlaps another sleep of the same baby.", journal.entries()
                .problems(ada.meta().id(), berlin("2026-11-21T10:30"), berlin("2026-11-21T11:30"), sleep, null).message("start"));
        assertTrue(journal.entries().problems(ada.meta().id(), berlin("2026-11-21T10:30"), berlin("2026-11-21T11:30"),
                sleep, nap.id()).isEmpty(), "moving the nap itself is fine");
        assertEquals(1, adaOn("2026-11-21").size());
    }

    @Test
    void archivedBabiesAndUnitPreferencesPersistInTheDatabase() {
        journal.family().archiveBaby(ben.meta().id(), true);
        assertEquals(List.of("Ada"), journal.family().babies(false).stream().map(Baby::name).toList());
        assertEquals(2, journal.family().babies(true).size());
        assertEquals(nestling.domain.UnitSystem.METRIC, journal.preferences().units());
        journal.preferences().setUnits(nestling.domain.UnitSystem.IMPERIAL);
        assertEquals(nestling.domain.UnitSystem.IMPERIAL, Journal.of(database, clock).preferences().units());
    }

    @Test
    void undoIsRefusedWhenAnotherWindowLoggedAnOverlapMeanwhile() {
        Journal otherWindow = Journal.of(database, clock);
        Entry nap = sleep(ada, "2026-11-21T10:00", "2026-11-21T11:00");
        journal.entries().delete(nap.id());
        otherWindow.entries().log(ada.meta().id(), berlin("2026-11-21T10:30"), berlin("2026-11-21T11:30"),
                new EntryData.Sleep(SleepKind.NAP, null, null));
        ValidationException refused = assertThrows(ValidationException.class, () -> journal.entries().undo());
        assertEquals("This sleep overlaps another sleep of the same baby.", refused.byField().get("start"));
        assertTrue(journal.entries().find(nap.id()).isEmpty(), "still deleted");
        assertTrue(journal.entries().canUndo(), "the step is kept");
        assertFalse(journal.entries().canRedo());
    }
}
