package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nestling.domain.ActivityKind;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.domain.ValidationException;
import nestling.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TestClock clock = new TestClock(EntryLogTest.berlin("2026-11-21T03:00"), BERLIN);
    private final Database database = Database.createEmpty();
    private final Journal journal = Journal.of(database, clock);
    private final Baby ada = journal.family().addBaby("Ada", EntryLogTest.berlin("2026-09-01T04:10"),
            ZoneOffset.ofHours(2), Sex.FEMALE, null);
    private final Baby ben = journal.family().addBaby("Ben", EntryLogTest.berlin("2026-09-01T04:30"),
            ZoneOffset.ofHours(2), Sex.MALE, null);

    @AfterEach
    void close() {
        database.close();
    }

    private void minutes(int n) {
        clock.advance(Duration.ofMinutes(n));
    }

    @Test
    void aBreastfeedingTimerSwitchesSidesPausesAndBecomesAnEntry() {
        RunningTimer timer = journal.timers().start(ada.meta().id(), TimerKind.BREASTFEEDING, null, Side.RIGHT);
        minutes(8);
        journal.timers().switchSide(timer.meta().id());
        minutes(2);
        journal.timers().pause(timer.meta().id());
        minutes(5);
        journal.timers().resume(timer.meta().id());
        minutes(6);
        Entry feed = journal.timers().stop(timer.meta().id());
        EntryData.Breastfeeding data = (EntryData.Breastfeeding) feed.data();
        assertEquals(8 * 60, data.rightSeconds());
        assertEquals(8 * 60, data.leftSeconds());
        assertEquals(5 * 60, data.pausedSeconds());
        assertEquals(Side.LEFT, data.lastSide());
        assertEquals(Side.LEFT, data.nextSide(), "started on the right: the next feed starts on the left");
        assertEquals(1, data.sideSwitches());
        assertEquals(Duration.ofMinutes(21), feed.duration().orElseThrow());
        assertEquals(List.of(), journal.timers().running(ada.meta().id()));
        assertEquals(feed, journal.entries().find(feed.id()).orElseThrow());
    }

    @Test
    void oneTimerPerKindPerBabyButTwinsEachHaveTheirOwn() {
        journal.timers().start(ada.meta().id(), TimerKind.SLEEP, null, null);
        journal.timers().start(ben.meta().id(), TimerKind.SLEEP, null, null);
        journal.timers().start(ada.meta().id(), TimerKind.TUMMY_TIME, null, null);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> journal.timers().start(ada.meta().id(), TimerKind.SLEEP, null, null));
        assertEquals("A sleep timer is already running for this baby.", refused.byField().get("kind"));
        assertEquals(2, journal.timers().running(ada.meta().id()).size());
        assertEquals(3, journal.timers().running(null).size());
    }

    @Test
    void afterStoppingTheSameKindCanStartAgain() {
        RunningTimer first = journal.timers().start(ada.meta().id(), TimerKind.SLEEP, null, null);
        minutes(40);
        Entry sleep = journal.timers().stop(first.meta().id());
        assertEquals(SleepKind.NIGHT, ((EntryData.Sleep) sleep.data()).kind(), "started at 03:00: night");
        RunningTimer second = journal.timers().start(ada.meta().id(), TimerKind.SLEEP, null, null);
        journal.timers().discard(second.meta().id());
        assertEquals(List.of(), journal.timers().running(null));
        assertEquals(1, journal.entries().list(nestling.store.EntryQuery.of(null, clock.instant().minus(Duration.ofDays(1)),
                clock.instant())).size(), "a discarded timer logs nothing");
    }

    @Test
    void customActivityTimersRunOnePerActivityType() {
        ActivityType swim = journal.family().addActivityType("Swimming", "#00aaff", true);
        ActivityType massage = journal.family().addActivityType("Massage", null, true);
        RunningTimer a = journal.timers().start(ada.meta().id(), TimerKind.CUSTOM, swim.meta().id(), null);
        journal.timers().start(ada.meta().id(), TimerKind.CUSTOM, massage.meta().id(), null);
        assertThrows(ValidationException.class,
                () -> journal.timers().start(ada.meta().id(), TimerKind.CUSTOM, swim.meta().id(), null));
        minutes(15);
        EntryData.Activity done = (EntryData.Activity) journal.timers().stop(a.meta().id()).data();
        assertEquals(ActivityKind.CUSTOM, done.kind());
        assertEquals(swim.meta().id(), done.activityTypeId());
    }

    @Test
    void aRefusedStopKeepsTheTimerRunningAndStopCanBeUndone() {
        RunningTimer timer = journal.timers().start(ada.meta().id(), TimerKind.SLEEP, null, null);
        minutes(30);
        // someone else logged a short sleep by hand meanwhile
        journal.entries().log(ada.meta().id(), clock.instant().minus(Duration.ofMinutes(20)),
                clock.instant().minus(Duration.ofMinutes(18)), new EntryData.Sleep(SleepKind.NAP, null, null));
        assertThrows(ValidationException.class, () -> journal.timers().stop(timer.meta().id()));
        assertEquals(1, journal.timers().running(ada.meta().id()).size());

        RunningTimer pump = journal.timers().start(ada.meta().id(), TimerKind.PUMPING, null, null);
        minutes(10);
        Entry pumped = journal.timers().stop(pump.meta().id(), data -> new EntryData.Pumping(60, 70, null));
        assertEquals(new EntryData.Pumping(60, 70, null), pumped.data());
        journal.entries().undo();
        assertTrue(journal.entries().find(pumped.id()).isEmpty());
    }
}
