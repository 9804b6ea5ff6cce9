package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.SleepKind;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

class DayTotalsTest {
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);

    @Test
    void aSleepAcrossMidnightCountsTowardBothDaysInProportion() {
        family.sleep(ada, "2026-03-10T21:30", "2026-03-11T02:10", SleepKind.NIGHT);
        List<DayTotals> days = family.days(ada, "2026-03-10", "2026-03-11");
        assertEquals(Duration.ofMinutes(150), days.get(0).sleep());
        assertEquals(Duration.ofMinutes(130), days.get(1).sleep());
        assertEquals(Duration.ofMinutes(150), days.get(0).nightSleep());
        assertEquals(Duration.ZERO, days.get(0).naps());
        // the whole stretch counts as the longest sleep of the day it started, not cut at midnight
        assertEquals(Duration.ofMinutes(280), days.get(0).longestSleep());
        assertEquals(Duration.ZERO, days.get(1).longestSleep());
        assertEquals(1, days.get(0).sleepCount());
        assertEquals(0, days.get(1).sleepCount());
    }

    @Test
    void theSpringForwardDayHas23HoursAndItsSleepIsRealTime() {
        // 2026-03-29 in Berlin: 02:00 becomes 03:00. A sleep from 01:00 to 04:00 on the wall lasts 2 h.
        family.sleep(ada, "2026-03-28T23:00", "2026-03-29T04:00", SleepKind.NIGHT);
        family.bottle(ada, "2026-03-29T23:30", 90);
        List<DayTotals> days = family.days(ada, "2026-03-28", "2026-03-29");
        assertEquals(Duration.ofHours(24), days.get(0).dayLength());
        assertEquals(Duration.ofHours(23), days.get(1).dayLength());
        assertEquals(Duration.ofHours(1), days.get(0).sleep());
        assertEquals(Duration.ofHours(3), days.get(1).sleep());
        assertEquals(90, days.get(1).bottleMl(), "23:30 on the short day is still that day");
    }

    @Test
    void theFallBackDayHas25Hours() {
        // 2026-10-25 in Berlin: 03:00 becomes 02:00 again. 00:30 to 03:30 on the wall lasts 4 h.
        family.sleep(ada, "2026-10-25T00:30", "2026-10-25T03:30", SleepKind.NIGHT);
        DayTotals day = family.insights().day(ada.meta().id(), LocalDate.parse("2026-10-25"));
        assertEquals(Duration.ofHours(25), day.dayLength());
        assertEquals(Duration.ofHours(4), day.sleep());
        List<DayPattern> pattern = new ChartSeries(family.insights()).sleepPattern(ada.meta().id(),
                LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"));
        assertEquals(1500, pattern.getFirst().dayMinutes());
        assertEquals(new DayPattern.Block(30, 270, nestling.domain.EntryType.SLEEP, "night"),
                pattern.getFirst().blocks().getFirst());
    }

    @Test
    void twinsAreCountedApart() {
        Baby ben = family.baby("Ben", "2026-01-01T08:05", Sex.MALE, null);
        family.bottle(ada, "2026-03-10T08:00", 120);
        family.bottle(ben, "2026-03-10T08:05", 100);
        family.bottle(ben, "2026-03-10T11:00", 110);
        family.diaper(ada, "2026-03-10T09:00", true, true);
        family.sleep(ben, "2026-03-10T13:00", "2026-03-10T14:00", SleepKind.NAP);
        DayTotals adaDay = family.days(ada, "2026-03-10", "2026-03-10").getFirst();
        DayTotals benDay = family.days(ben, "2026-03-10", "2026-03-10").getFirst();
        assertEquals(1, adaDay.bottles());
        assertEquals(120, adaDay.bottleMl());
        assertEquals(1, adaDay.dirtyDiapers());
        assertEquals(Duration.ZERO, adaDay.sleep());
        assertEquals(2, benDay.bottles());
        assertEquals(210, benDay.bottleMl());
        assertEquals(0, benDay.diapers());
        assertEquals(Duration.ofHours(1), benDay.naps());
    }

    @Test
    void editsCountWithTheirNewValuesAndDeletedEntriesNotAtAll() {
        Entry bottle = family.bottle(ada, "2026-03-10T08:00", 120);
        Entry diaper = family.diaper(ada, "2026-03-10T09:00", true, false);
        family.diaper(ada, "2026-03-10T12:00", true, true);
        Entry sleep = family.sleep(ada, "2026-03-10T13:00", "2026-03-10T14:00", SleepKind.NAP);
        family.journal.entries().edit(bottle.withData(new EntryData.Bottle(
                nestling.domain.BottleContent.FORMULA, 150, null)));
        family.journal.entries().edit(sleep.withTimes(sleep.start(), TestFamily.at("2026-03-10T15:30"), sleep.offset()));
        family.journal.entries().delete(diaper.id());
        DayTotals day = family.days(ada, "2026-03-10", "2026-03-10").getFirst();
        assertEquals(150, day.bottleMl());
        assertEquals(1, day.bottles());
        assertEquals(1, day.diapers());
        assertEquals(1, day.wetDiapers());
        assertEquals(Duration.ofMinutes(150), day.sleep());
    }

    @Test
    void wakeWindowsRunFromWakingToTheNextSleep() {
        family.sleep(ada, "2026-03-09T20:00", "2026-03-10T06:00", SleepKind.NIGHT);
        family.sleep(ada, "2026-03-10T08:00", "2026-03-10T09:00", SleepKind.NAP);
        family.sleep(ada, "2026-03-10T11:30", "2026-03-10T12:00", SleepKind.NAP);
        family.sleep(ada, "2026-03-10T19:00", "2026-03-11T05:00", SleepKind.NIGHT);
        DayTotals day = family.days(ada, "2026-03-10", "2026-03-10").getFirst();
        assertEquals(List.of(Duration.ofHours(2), Duration.ofMinutes(150), Duration.ofHours(7)), day.wakeWindows());
        assertEquals(Duration.ofHours(7), day.longestWakeWindow());
        assertEquals(Duration.ofHours(6 + 1).plusMinutes(30 + 5 * 60), day.sleep());
        assertEquals(Duration.ofMinutes(90), day.naps());
    }

    @Test
    void feedsDiapersMedicinesTemperaturesAndTummyTimeOfADay() {
        family.breast(ada, "2026-03-10T07:00", "2026-03-10T07:30", 600, 900);
        family.bottle(ada, "2026-03-10T10:00", 120);
        family.bottle(ada, "2026-03-10T14:00", 130);
        family.diaper(ada, "2026-03-10T08:00", true, false);
        family.diaper(ada, "2026-03-10T15:00", false, true);
        family.medicine(ada, "2026-03-10T08:10", "Paracetamol", "2.5", DoseUnit.ML);
        family.temperature(ada, "2026-03-10T08:00", 382);
        family.tummyTime(ada, "2026-03-10T16:00", "2026-03-10T16:12");
        DayTotals day = family.days(ada, "2026-03-10", "2026-03-10").getFirst();
        assertEquals(3, day.feeds());
        assertEquals(250, day.bottleMl());
        assertEquals(Duration.ofMinutes(10), day.breastLeft());
        assertEquals(Duration.ofMinutes(15), day.breastRight());
        assertEquals(1, day.wetDiapers());
        assertEquals(1, day.dirtyDiapers());
        assertEquals(Duration.ofMinutes(12), day.tummyTime());
        assertEquals("Paracetamol", day.medicines().getFirst().name());
        assertEquals("08:10", day.medicines().getFirst().localTime().toLocalTime().toString());
        assertEquals(38.2, day.temperatures().getFirst().celsius(), 1e-9);
        assertTrue(family.days(ada, "2026-03-11", "2026-03-11").getFirst().medicines().isEmpty());
    }
}
