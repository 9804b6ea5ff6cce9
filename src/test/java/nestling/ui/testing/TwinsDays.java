package nestling.ui.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.TemperatureMethod;
import nestling.domain.TimerKind;
import nestling.journal.Journal;

/**
 * Twins (Ada and Ben in the screenshots), born 10 January 2026 at 34 + 5 weeks, with the days from 25 January to now: nights in
 * three stretches, three naps, feeds every three hours, diapers, tummy time and baths, vitamin D,
 * a fever with paracetamol on the last evening, growth every two weeks, a milestone and a note.
 * At 03:00 Ada is being breastfed (since 02:41, switched at 02:52) and Ben sleeps (since 01:10).
 */
public final class TwinsDays {
    /** The moment the days lead up to: 1 March 2026, 03:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:10:00Z"));
    private final Journal journal;
    private final String first;
    private final String second;

    /** Twins called {@code first} and {@code second} (a test of long names passes a long one). */
    public TwinsDays(nestling.store.Database database, String first, String second) {
        this.journal = Journal.of(database, clock);
        this.first = first;
        this.second = second;
    }

    public void fill() {
        Instant born = Instant.parse("2026-01-10T04:00:00Z");
        // Born early (34 + 5), as twins often are: the screens show a corrected age (due 16 February)
        // and measurements from before the due date, so the audits see those longest texts too.
        GestationalAge early = new GestationalAge(34, 5);
        Baby ada = journal.family().addBaby(first, born, ZoneOffset.UTC, Sex.FEMALE, early);
        Baby ben = journal.family().addBaby(second, born.plus(Duration.ofMinutes(12)), ZoneOffset.UTC, Sex.MALE, early);
        UUID sam = journal.family().addCaregiver("Sam", null, "#3a7bd5").meta().id();
        UUID alex = journal.family().addCaregiver("Alex", null, "#c0504d").meta().id();
        journal.family().setCurrentCaregiver(sam);

        // Timers first: they start "now" on the clock, which then moves on to 03:00.
        journal.timers().start(ben.meta().id(), TimerKind.SLEEP, null, null);
        clock.advance(Duration.ofMinutes(91)); // 02:41
        UUID feed = journal.timers().start(ada.meta().id(), TimerKind.BREASTFEEDING, null, Side.LEFT).meta().id();
        clock.advance(Duration.ofMinutes(11)); // 02:52
        journal.timers().switchSide(feed);
        clock.advance(Duration.ofMinutes(8)); // 03:00

        List<UUID> by = List.of(sam, alex);
        for (LocalDate day = TODAY.minusDays(35); day.isBefore(TODAY); day = day.plusDays(1)) {
            int n = day.getDayOfMonth();
            day(ada.meta().id(), day, n, 0, by);
            day(ben.meta().id(), day, n, 1, by);
        }
        lastNight(ada.meta().id(), ben.meta().id(), sam);
        growth(ada.meta().id(), 3100, 480, 335, 0);
        growth(ben.meta().id(), 2950, 470, 330, 1);
        UUID adaId = ada.meta().id();
        log(adaId, "2026-02-28T16:05", null, new EntryData.Milestone("First real smile", "At Sam, during the bath", null), sam);
        log(adaId, "2026-02-28T12:00", null, new EntryData.Note("Grandma visited; both slept well after the walk."), alex);
    }

    /** One day of baby {@code who} (0 Ada, 1 Ben): shifted a little per baby and per day. */
    private void day(UUID baby, LocalDate day, int n, int who, List<UUID> by) {
        int shift = who * 15 + (n % 3) * 5;
        UUID first = by.get(n % 2);
        UUID second = by.get((n + 1) % 2);
        String d = day.toString();
        String next = day.plusDays(1).toString();
        // The day: feeds, naps, diapers and the evening.
        breast(baby, d, 7 * 60 + shift, 22 + n % 5, n % 2 == 0 ? Side.RIGHT : Side.LEFT, first);
        log(baby, at(d, 7 * 60 + 30 + shift), null, diaper(true, n % 2 == 0), first);
        log(baby, at(d, 9 * 60 + 30 + shift), at(d, 10 * 60 + 40 + shift + n % 4 * 5),
                new EntryData.Sleep(SleepKind.NAP, SleepPlace.CRIB, null), first);
        log(baby, at(d, 9 * 60 + shift), null, new EntryData.Medicine("Vitamin D", BigDecimal.ONE, DoseUnit.DROPS,
                null, null), first);
        log(baby, at(d, 10 * 60 + 50 + shift), null, new EntryData.Bottle(BottleContent.BREAST_MILK,
                100 + (n % 4) * 10 + who * 10, null), second);
        log(baby, at(d, 11 * 60 + 20 + shift), at(d, 11 * 60 + 35 + shift),
                new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null), second);
        log(baby, at(d, 12 * 60 + shift), null, diaper(true, true), second);
        breast(baby, d, 12 * 60 + 30 + shift, 18 + n % 4, Side.LEFT, first);
        log(baby, at(d, 13 * 60 + 10 + shift), at(d, 14 * 60 + 40 + shift - n % 3 * 10),
                new EntryData.Sleep(SleepKind.NAP, n % 3 == 0 ? SleepPlace.STROLLER : SleepPlace.CRIB, null), second);
        log(baby, at(d, 14 * 60 + 50 + shift), null, diaper(true, false), second);
        log(baby, at(d, 15 * 60 + 30 + shift), null, new EntryData.Bottle(BottleContent.FORMULA,
                90 + (n % 3) * 15, null), second);
        log(baby, at(d, 16 * 60 + 45 + shift), at(d, 17 * 60 + 20 + shift),
                new EntryData.Sleep(SleepKind.NAP, SleepPlace.ARMS, null), first);
        breast(baby, d, 17 * 60 + 40 + shift, 25, Side.RIGHT, first);
        if (n % 2 == 0) {
            log(baby, at(d, 18 * 60 + 20 + shift), at(d, 18 * 60 + 35 + shift),
                    new EntryData.Activity(ActivityKind.BATH, null, null, null), second);
        }
        log(baby, at(d, 19 * 60 + shift), null, diaper(true, n % 3 == 0), first);
        if (day.equals(TODAY.minusDays(1))) {
            // The fever evening: a temperature and a dose whose next one is due at 03:00.
            log(baby, at(d, 20 * 60 + 50 + who * 5), null, new EntryData.Temperature(381 - who * 3,
                    TemperatureMethod.ARMPIT), second);
            if (who == 0) {
                log(baby, at(d, 21 * 60), null, new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"),
                        DoseUnit.ML, 360, "For the fever"), second);
            }
            log(baby, at(d, 19 * 60 + 20 + shift), at(next, 20 + shift),
                    new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.CRIB, null), first);
            return; // the night after midnight is lastNight()
        }
        // The night in three stretches.
        log(baby, at(d, 19 * 60 + 20 + shift), at(next, 20 + shift),
                new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.CRIB, null), first);
        breast(baby, next, 30 + shift, 18, Side.LEFT, second);
        log(baby, at(next, 55 + shift), at(next, 4 * 60 + 30 + shift - n % 4 * 10),
                new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.CRIB, null), second);
        log(baby, at(next, 4 * 60 + 40 + shift), null, diaper(true, false), second);
        breast(baby, next, 4 * 60 + 45 + shift, 20, Side.RIGHT, second);
        log(baby, at(next, 5 * 60 + 20 + shift), at(next, 6 * 60 + 50),
                new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.BASSINET, null), first);
    }

    /** After midnight today: a feed each, Ada's sleep until 02:35 and a diaper; Ben's timer runs. */
    private void lastNight(UUID ada, UUID ben, UUID sam) {
        String d = TODAY.toString();
        breast(ada, d, 30, 18, Side.RIGHT, sam);
        log(ada, at(d, 55), at(d, 2 * 60 + 35), new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.CRIB, null), sam);
        log(ada, at(d, 2 * 60 + 38), null, diaper(true, false), sam);
        log(ben, at(d, 45), null, new EntryData.Bottle(BottleContent.BREAST_MILK, 120, null), sam);
        log(ben, at(d, 60), null, diaper(true, false), sam);
    }

    private void growth(UUID baby, int grams, int lengthMm, int headMm, int who) {
        LocalDate day = LocalDate.of(2026, 1, 10);
        for (int week = 0; week <= 6; week += 2) {
            log(baby, at(day.plusWeeks(week).toString(), 10 * 60 + 30), null, new EntryData.Growth(
                    grams + week * 210 - (week == 0 ? 0 : 150), lengthMm + week * 9, LengthPosition.LYING,
                    headMm + week * 4, week == 0 ? "Birth" : null), null);
        }
    }

    private void breast(UUID baby, String day, int minute, int minutes, Side ended, UUID by) {
        long left = (minutes / 2 + 2) * 60L;
        long right = (minutes - minutes / 2 - 2) * 60L;
        log(baby, at(day, minute), at(day, minute + minutes),
                new EntryData.Breastfeeding(left, right, ended, 1, 0, null), by);
    }

    private static EntryData diaper(boolean wet, boolean dirty) {
        return new EntryData.Diaper(wet, dirty, false, null, null, false, null);
    }

    private static Instant at(String day, int minuteOfDay) {
        return Instant.parse(day + "T00:00:00Z").plus(Duration.ofMinutes(minuteOfDay));
    }

    private void log(UUID baby, String start, String end, EntryData data, UUID by) {
        log(baby, Instant.parse(start + ":00Z"), end == null ? null : Instant.parse(end + ":00Z"), data, by);
    }

    private void log(UUID baby, Instant start, Instant end, EntryData data, UUID by) {
        journal.entries().log(baby, start, end, data, by);
    }
}
