package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.DayStart;
import nestling.domain.FamilyDays;
import nestling.domain.SleepKind;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Days from 06:00 across both DST nights of 2026 in Europe/Berlin, against totals worked out by hand.
 * Spring: on 2026-03-29 the clocks jump from 02:00 CET to 03:00 CEST, so the day "28 March" (06:00 on
 * the 28th to 06:00 on the 29th) is 23 h long. Autumn: on 2026-10-25 they fall back from 03:00 CEST to
 * 02:00 CET, so the day "24 October" is 25 h long. The setting is stored in the vault as in the app.
 */
class DayStartTotalsTest {
    private static final LocalDate MARCH_28 = LocalDate.of(2026, 3, 28);
    private static final LocalDate MARCH_29 = LocalDate.of(2026, 3, 29);
    private static final LocalDate OCTOBER_24 = LocalDate.of(2026, 10, 24);
    private static final LocalDate OCTOBER_25 = LocalDate.of(2026, 10, 25);

    @Test
    void springDaysFromSixMatchTheHandCount() {
        TestFamily family = TestFamily.empty();
        family.journal.preferences().setDayStart(DayStart.parse("06:00"));
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        family.sleep(ada, "2026-03-28T05:00", "2026-03-28T06:30", SleepKind.NAP);    // 1 h on the 27th, 30 min on the 28th
        family.sleep(ada, "2026-03-28T13:00", "2026-03-28T14:30", SleepKind.NAP);    // 1 h 30 on the 28th
        family.sleep(ada, "2026-03-28T19:30", "2026-03-29T07:15", SleepKind.NIGHT);  // cut at 06:00 CEST on the 29th
        family.sleep(ada, "2026-03-29T10:00", "2026-03-29T11:00", SleepKind.NAP);    // 1 h on the 29th
        family.breast(ada, "2026-03-28T22:00", "2026-03-28T22:20", 600, 600);         // 28th
        family.bottle(ada, "2026-03-29T01:30", 120);                                  // 01:30 CET: still the 28th
        family.bottle(ada, "2026-03-29T03:30", 90);                                   // 03:30 CEST: still the 28th
        family.bottle(ada, "2026-03-29T06:00", 100);                                  // the 29th's first minute
        family.bottle(ada, "2026-03-28T05:59", 80);                                   // the 27th
        family.diaper(ada, "2026-03-28T06:00", true, true);                           // 28th
        family.diaper(ada, "2026-03-29T05:45", true, false);                          // 28th
        family.diaper(ada, "2026-03-29T06:15", false, true);                          // 29th

        List<DayTotals> days = family.days(ada, "2026-03-28", "2026-03-29");
        DayTotals saturday = days.get(0);
        DayTotals sunday = days.get(1);
        // 06:00 CET on the 28th to 06:00 CEST on the 29th: 24 h of clock minus the skipped hour.
        assertEquals(Duration.ofHours(23), saturday.dayLength());
        assertEquals(Duration.ofHours(24), sunday.dayLength());
        assertEquals(TestFamily.at("2026-03-28T06:00"), saturday.start());
        // Night 19:30 CET -> 06:00 CEST is 10 h 30 on the clock, minus the skipped hour = 9 h 30 (570 min);
        // its remaining 06:00 -> 07:15 = 75 min go to the 29th.
        // Saturday: 30 (early nap's part) + 90 (nap) + 570 (night) = 690 min; naps 30 + 90 = 120 min.
        assertEquals(Duration.ofMinutes(690), saturday.sleep());
        assertEquals(Duration.ofMinutes(570), saturday.nightSleep());
        assertEquals(Duration.ofMinutes(120), saturday.naps());
        // Sunday: 75 (the night's morning) + 60 (nap) = 135 min.
        assertEquals(Duration.ofMinutes(135), sunday.sleep());
        // Feeds: Saturday breast 22:00 + bottles 01:30 and 03:30 = 3 (210 ml); Sunday the 06:00 bottle = 1 (100 ml).
        assertEquals(3, saturday.feeds());
        assertEquals(210, saturday.bottleMl());
        assertEquals(1, sunday.feeds());
        assertEquals(100, sunday.bottleMl());
        // Diapers: Saturday 06:00 (wet+dirty) and 05:45 on the 29th (wet) = 2, 2 wet, 1 dirty; Sunday 06:15 dirty = 1.
        assertEquals(List.of(2, 2, 1), List.of(saturday.diapers(), saturday.wetDiapers(), saturday.dirtyDiapers()));
        assertEquals(List.of(1, 0, 1), List.of(sunday.diapers(), sunday.wetDiapers(), sunday.dirtyDiapers()));

        // The same log by midnight days (the override a command may give): Sunday 29th runs 00:00 CET to
        // 24:00 CEST (23 h); the night's 00:00 CET -> 07:15 CEST = 7 h 15 on the clock - 1 h = 375 min, + 60 nap.
        DayTotals midnightSunday = family.insights().withDayStart(DayStart.MIDNIGHT).day(family.id(ada), MARCH_29);
        assertEquals(Duration.ofMinutes(435), midnightSunday.sleep());
        assertEquals(3, midnightSunday.feeds()); // 01:30, 03:30, 06:00
    }

    @Test
    void autumnDaysFromSixMatchTheHandCount() {
        TestFamily family = TestFamily.empty();
        family.journal.preferences().setDayStart(DayStart.parse("6"));
        Baby ada = family.baby("Ada", "2026-06-01T08:00", Sex.FEMALE, null);
        family.sleep(ada, "2026-10-24T20:00", "2026-10-25T07:00", SleepKind.NIGHT);
        family.sleep(ada, "2026-10-25T09:30", "2026-10-25T10:15", SleepKind.NAP);
        family.bottle(ada, "2026-10-25T02:30", 150); // the first 02:30 (CEST): the 24th
        family.bottle(ada, "2026-10-25T05:30", 120); // CET, before 06:00: the 24th
        family.bottle(ada, "2026-10-25T08:00", 130); // the 25th
        family.diaper(ada, "2026-10-25T05:50", true, false); // the 24th
        family.diaper(ada, "2026-10-25T09:00", true, true);  // the 25th

        List<DayTotals> days = family.days(ada, "2026-10-24", "2026-10-25");
        DayTotals saturday = days.get(0);
        DayTotals sunday = days.get(1);
        // 06:00 CEST on the 24th to 06:00 CET on the 25th: 24 h of clock plus the repeated hour.
        assertEquals(Duration.ofHours(25), saturday.dayLength());
        assertEquals(Duration.ofHours(24), sunday.dayLength());
        // Night 20:00 CEST -> 06:00 CET = 10 h on the clock + the repeated hour = 11 h (660 min); 06:00 -> 07:00 = 60 min after.
        assertEquals(Duration.ofMinutes(660), saturday.sleep());
        // Sunday: 60 (the night's morning) + 45 (nap 09:30 -> 10:15) = 105 min.
        assertEquals(Duration.ofMinutes(105), sunday.sleep());
        assertEquals(1, saturday.sleepCount());
        assertEquals(Duration.ofHours(12), saturday.longestSleep()); // the whole night, 20:00 CEST -> 07:00 CET
        // Feeds: 02:30 CEST and 05:30 CET on the 24th's day (270 ml), 08:00 on the 25th (130 ml).
        assertEquals(2, saturday.feeds());
        assertEquals(270, saturday.bottleMl());
        assertEquals(1, sunday.feeds());
        assertEquals(130, sunday.bottleMl());
        assertEquals(List.of(1, 1, 0), List.of(saturday.diapers(), saturday.wetDiapers(), saturday.dirtyDiapers()));
        assertEquals(List.of(1, 1, 1), List.of(sunday.diapers(), sunday.wetDiapers(), sunday.dirtyDiapers()));
        // The wake window from 07:00 to 09:30 belongs to the day the baby woke: the 25th.
        assertEquals(List.of(Duration.ofMinutes(150)), sunday.wakeWindows());

        // The sleep chart's row for the 24th runs 25 h from 06:00: the night from minute 840 (20:00) to its end.
        DayPattern row = new ChartSeries(family.insights()).sleepPattern(family.id(ada), OCTOBER_24, OCTOBER_25).get(0);
        assertEquals(1500, row.dayMinutes());
        assertEquals(List.of(840, 1500), List.of(row.blocks().getFirst().startMinute(), row.blocks().getFirst().endMinute()));
    }

    @Test
    void familyDaysPlaceInstantsAndRefuseOddHours() {
        FamilyDays six = new FamilyDays(TestFamily.BERLIN, DayStart.parse("06:00"));
        assertEquals(MARCH_28, six.dayOf(TestFamily.at("2026-03-29T05:59")));
        assertEquals(MARCH_29, six.dayOf(TestFamily.at("2026-03-29T06:00")));
        // 05:30 on the wall clock is 1410 minutes after 06:00 on it; 06:30 is 30.
        assertEquals(1410, six.clockMinute(TestFamily.at("2026-03-29T05:30")));
        assertEquals(30, six.clockMinute(TestFamily.at("2026-10-25T06:30")));
        // 02:00 does not exist on 29 March: that day starts at 03:00 CEST (moved forward by the gap, as a
        // typed time is), the same instant 02:00 CET would have been, so the 28th keeps 24 h and the 29th
        // (03:00 CEST -> 02:00 CEST) has 23. On 25 October 02:00 exists twice: the day starts at the first,
        // so the 25th holds the repeated hour (02:00 CEST -> 02:00 CET on the 26th = 25 h).
        FamilyDays two = new FamilyDays(TestFamily.BERLIN, new DayStart(2));
        assertEquals(TestFamily.at("2026-03-29T03:00"), two.start(MARCH_29));
        assertEquals(Duration.ofHours(24), two.length(MARCH_28));
        assertEquals(Duration.ofHours(23), two.length(MARCH_29));
        assertEquals(Duration.ofHours(24), two.length(OCTOBER_24));
        assertEquals(Duration.ofHours(25), two.length(OCTOBER_25));
        assertThrows(IllegalArgumentException.class, () -> DayStart.parse("06:30"));
        assertThrows(IllegalArgumentException.class, () -> DayStart.parse("13:00"));
        assertThrows(IllegalArgumentException.class, () -> DayStart.parse("six"));
        assertEquals("06:00", DayStart.parse(" 6:00 ").text());
    }
}
