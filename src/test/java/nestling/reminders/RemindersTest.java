package nestling.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nestling.backup.LastBackup;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reminders on a moved clock, over a real (in-memory) vault database: due, overdue, snoozed, dismissed. */
class RemindersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-06-10T10:00:00Z");
    private final Database database = Database.createEmpty();
    private final UUID ada = journalAt(T0).family().addBaby("Ada", Instant.parse("2026-05-01T00:00:00Z"),
            java.time.ZoneOffset.UTC, Sex.FEMALE, null).meta().id();

    @AfterEach
    void close() {
        database.close();
    }

    private Journal journalAt(Instant now) {
        return Journal.of(database, Clock.fixed(now, BERLIN));
    }

    private ReminderBook bookAt(Instant now) {
        return new ReminderBook(journalAt(now), database, Clock.fixed(now, BERLIN));
    }

    private Reminder one(ReminderKind kind, Instant now) {
        List<Reminder> found = bookAt(now).now().stream().filter(r -> r.kind() == kind).toList();
        assertEquals(1, found.size(), () -> kind + " reminders: " + found);
        return found.getFirst();
    }

    private void feedEvery(Duration every, FeedCountedFrom from, Duration warn) {
        ReminderSettings.DEFAULTS.withFeed(every, from, warn).store(database);
    }

    private void breastfeed(Instant start, Duration length) {
        journalAt(start.plus(length)).entries().log(ada, start, start.plus(length),
                new EntryData.Breastfeeding(length.toSeconds(), 0, Side.LEFT, 0, 0, null));
    }

    private void diaper(Instant at) {
        journalAt(at).entries().log(ada, at, null, new EntryData.Diaper(true, false, false, null, null, false, null));
    }

    @Test
    void aFeedIsDueAfterTheIntervalFromItsStartThenOverdueAfterTheThreshold() {
        breastfeed(T0, Duration.ofMinutes(30));
        feedEvery(Duration.ofHours(3), FeedCountedFrom.START, Duration.ofMinutes(20));
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.FEED, T0.plus(Duration.ofMinutes(179))).state());
        Reminder due = one(ReminderKind.FEED, T0.plus(Duration.ofHours(3)));
        assertEquals(ReminderState.DUE, due.state());
        assertEquals(ada, due.babyId());
        assertEquals(ReminderState.DUE, one(ReminderKind.FEED, T0.plus(Duration.ofMinutes(199))).state());
        assertEquals(ReminderState.OVERDUE, one(ReminderKind.FEED, T0.plus(Duration.ofMinutes(200))).state());
    }

    @Test
    void countedFromTheEndTheFeedIsDueLater() {
        breastfeed(T0, Duration.ofMinutes(30));
        feedEvery(Duration.ofHours(3), FeedCountedFrom.END, Duration.ofMinutes(20));
        assertEquals(T0.plus(Duration.ofMinutes(210)), one(ReminderKind.FEED, T0).dueAt());
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.FEED, T0.plus(Duration.ofMinutes(200))).state());
    }

    @Test
    void aRunningFeedOrAnIntervalOfZeroMakesNoFeedReminder() {
        journalAt(T0).entries().log(ada, T0, null, new EntryData.Bottle(BottleContent.FORMULA, 90, null));
        assertTrue(bookAt(T0.plus(Duration.ofHours(9))).now().stream().noneMatch(r -> r.kind() == ReminderKind.FEED),
                "off by default");
        feedEvery(Duration.ofHours(3), FeedCountedFrom.START, Duration.ofMinutes(20));
        Instant later = T0.plus(Duration.ofHours(4));
        assertEquals(ReminderState.OVERDUE, one(ReminderKind.FEED, later).state());
        journalAt(later).timers().start(ada, TimerKind.BREASTFEEDING, null, Side.RIGHT);
        assertTrue(bookAt(later).now().stream().noneMatch(r -> r.kind() == ReminderKind.FEED), "a feed is running");
    }

    @Test
    void aDiaperCheckAcrossMidnightAndTheSpringClockChangeIsThreeRealHours() {
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(3), Duration.ofMinutes(30)).store(database);
        // 23:30 CET on the night the clocks go from 02:00 to 03:00: three hours later the wall says 03:30 CEST
        Instant changed = ZonedDateTime.of(2026, 3, 28, 23, 30, 0, 0, BERLIN).toInstant();
        diaper(changed);
        Instant due = ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, BERLIN).toInstant();
        assertEquals(Duration.ofHours(3), Duration.between(changed, due));
        assertEquals(due, one(ReminderKind.DIAPER, changed).dueAt());
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.DIAPER, due.minusSeconds(60)).state());
        assertEquals(ReminderState.DUE, one(ReminderKind.DIAPER, due).state());
        assertEquals(ReminderState.OVERDUE, one(ReminderKind.DIAPER, ZonedDateTime.of(2026, 3, 29, 4, 0, 0, 0, BERLIN)
                .toInstant()).state());
    }

    @Test
    void aFeedAcrossTheAutumnClockChangeIsDueWhenTheWallSaysTwoHoursLater() {
        feedEvery(Duration.ofHours(3), FeedCountedFrom.START, Duration.ofMinutes(20));
        Instant start = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, BERLIN).toInstant(); // CEST
        journalAt(start).entries().log(ada, start, null, new EntryData.Bottle(BottleContent.FORMULA, 90, null));
        Instant due = one(ReminderKind.FEED, start).dueAt();
        assertEquals("2026-10-25T03:30+01:00[Europe/Berlin]", due.atZone(BERLIN).toString());
    }

    @Test
    void aDoseIsDueFromTheMedicinesMinimumIntervalAndNotWhenTheFamilyTurnsItOff() {
        Instant given = T0;
        journalAt(given).entries().log(ada, given, null, new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"),
                DoseUnit.ML, 360, null));
        Reminder dose = one(ReminderKind.MEDICINE, given.plus(Duration.ofHours(6)));
        assertEquals("Paracetamol", dose.subject());
        assertEquals(ReminderState.DUE, dose.state());
        assertEquals(ReminderState.OVERDUE, one(ReminderKind.MEDICINE, given.plus(Duration.ofMinutes(390))).state());
        ReminderSettings.DEFAULTS.withMedicine(false, Duration.ofMinutes(30)).store(database);
        assertTrue(bookAt(given.plus(Duration.ofHours(7))).now().stream()
                .noneMatch(r -> r.kind() == ReminderKind.MEDICINE));
    }

    @Test
    void snoozedItIsQuietUntilTheSnoozeEndsThenCallsAgain() {
        diaper(T0);
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofHours(1)).store(database);
        Instant due = T0.plus(Duration.ofHours(2));
        bookAt(due).snooze(one(ReminderKind.DIAPER, due), Duration.ofMinutes(15));
        Reminder snoozed = one(ReminderKind.DIAPER, due.plus(Duration.ofMinutes(14)));
        assertEquals(ReminderState.SNOOZED, snoozed.state());
        assertEquals(due.plus(Duration.ofMinutes(15)), snoozed.snoozedUntil());
        assertEquals(ReminderState.DUE, one(ReminderKind.DIAPER, due.plus(Duration.ofMinutes(15))).state());
        assertThrows(IllegalArgumentException.class, () -> bookAt(due).snooze(snoozed, Duration.ZERO));
    }

    @Test
    void dismissedItStaysQuietUntilTheNextEventMovesTheDueTime() {
        diaper(T0);
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofHours(1)).store(database);
        Instant due = T0.plus(Duration.ofHours(2));
        bookAt(due).dismiss(one(ReminderKind.DIAPER, due));
        assertEquals(ReminderState.DISMISSED, one(ReminderKind.DIAPER, due.plus(Duration.ofHours(20))).state());
        Instant changed = due.plus(Duration.ofMinutes(5));
        diaper(changed);
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.DIAPER, changed).state());
        assertEquals(ReminderState.DUE, one(ReminderKind.DIAPER, changed.plus(Duration.ofHours(2))).state());
    }

    @Test
    void aBackupNeverMadeIsDueAWeekAfterTheFirstEntryButCalmAndALateOneTurnsIntoAWarning() {
        assertEquals(List.of(), bookAt(T0.plus(Duration.ofDays(400))).now(), "an empty vault: nothing to save yet");
        // written on day one about the day before: the week counts from the writing
        journalAt(T0).entries().log(ada, T0.minus(Duration.ofDays(1)), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.BACKUP, T0).state(), "not on day one");
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.BACKUP, T0.plus(Duration.ofDays(7)).minusSeconds(1)).state());
        assertEquals(T0.plus(Duration.ofDays(7)), one(ReminderKind.BACKUP, T0).dueAt());
        Reminder never = one(ReminderKind.BACKUP, T0.plus(Duration.ofDays(400)));
        assertEquals(ReminderState.DUE, never.state(), "due, and never a warning");
        assertNull(never.babyId());
        LastBackup.record(database, T0);
        ReminderSettings.DEFAULTS.withBackupWarnDays(3).store(database);
        assertEquals(ReminderState.NOT_DUE, one(ReminderKind.BACKUP, T0.plus(Duration.ofDays(6))).state());
        assertEquals(ReminderState.DUE, one(ReminderKind.BACKUP, T0.plus(Duration.ofDays(7))).state());
        assertEquals(ReminderState.OVERDUE, one(ReminderKind.BACKUP, T0.plus(Duration.ofDays(10))).state());
    }

    @Test
    void theSettingsRoundTripAndAnUnreadableValueKeepsItsDefault() {
        ReminderSettings chosen = ReminderSettings.DEFAULTS.withFeed(Duration.ofMinutes(150), FeedCountedFrom.END,
                Duration.ofMinutes(45)).withDiaper(Duration.ofHours(4), Duration.ZERO).withSound(true);
        chosen.store(database);
        assertEquals(chosen, ReminderSettings.load(database));
        database.write(c -> {
            Settings.put(c, ReminderSettings.FEED_EVERY, "soon");
            Settings.put(c, ReminderSettings.FEED_FROM, "MIDDLE");
            Settings.put(c, ReminderSettings.DIAPER_WARN, "-5");
            return null;
        });
        ReminderSettings read = ReminderSettings.load(database);
        assertEquals(ReminderSettings.DEFAULTS.feedEvery(), read.feedEvery());
        assertEquals(ReminderSettings.DEFAULTS.feedFrom(), read.feedFrom());
        assertEquals(ReminderSettings.DEFAULTS.diaperWarn(), read.diaperWarn());
        assertThrows(IllegalArgumentException.class, () -> chosen.withDiaper(Duration.ofDays(3), Duration.ZERO));
    }

    @Test
    void aBackupCarriesTheSettingsButNotThisLaptopsSnoozes() {
        diaper(T0);
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofHours(1)).store(database);
        Instant due = T0.plus(Duration.ofHours(2));
        bookAt(due).snooze(one(ReminderKind.DIAPER, due), Duration.ofMinutes(30));
        String backup = nestling.backup.Family.content(database);
        assertTrue(backup.contains("\"reminders.diaperEveryMinutes\""), backup);
        assertTrue(!backup.contains("reminders.mark") && !backup.contains("DIAPER/"), backup);
        assertEquals(ReminderState.SNOOZED, one(ReminderKind.DIAPER, due.plusSeconds(60)).state());
    }

    @Test
    void theWatchAnnouncesOnceWhenDueOnceWhenOverdueAndAgainAfterASnooze() {
        diaper(T0);
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofMinutes(30)).store(database);
        LastBackup.record(database, T0);
        ReminderWatch watch = new ReminderWatch();
        Instant due = T0.plus(Duration.ofHours(2));
        assertEquals(List.of(), watch.fresh(bookAt(due.minusSeconds(1)).now()));
        assertEquals(ReminderState.DUE, watch.fresh(bookAt(due).now()).getFirst().state());
        assertEquals(List.of(), watch.fresh(bookAt(due.plusSeconds(60)).now()));
        assertEquals(ReminderState.OVERDUE, watch.fresh(bookAt(due.plus(Duration.ofMinutes(30))).now()).getFirst().state());
        Instant snoozedAt = due.plus(Duration.ofMinutes(31));
        bookAt(snoozedAt).snooze(one(ReminderKind.DIAPER, snoozedAt), Duration.ofMinutes(15));
        assertEquals(List.of(), watch.fresh(bookAt(snoozedAt.plusSeconds(60)).now()));
        assertEquals(1, watch.fresh(bookAt(snoozedAt.plus(Duration.ofMinutes(15))).now()).size());
    }
}
