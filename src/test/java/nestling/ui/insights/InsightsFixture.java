package nestling.ui.insights;


import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.vault.VaultOptions;

/**
 * Forty days of a baby's life in Berlin up to 30 March 2026 (across the spring DST change): a night
 * across midnight, a nap, two bottles of 100 and 120 ml, three wet and one dirty diaper, ten minutes
 * of tummy time, and a temperature every fifth day.
 */
final class InsightsFixture implements AutoCloseable {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 30);

    final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-30T20:00:00Z")).withZone(BERLIN);
    final Database database = Database.createEmpty();
    final Journal journal = Journal.of(database, clock);
    final UiContext context;
    final Baby baby;

    InsightsFixture(Path dir) {
        context = new UiContext(UiContext.defaultBundle(), dir, VaultOptions.defaults(), new BackgroundTasks(), clock,
                Duration.ofMillis(40));
        baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(1), Sex.FEMALE,
                new GestationalAge(39, 0));
        UUID id = baby.meta().id();
        var log = journal.entries();
        for (LocalDate day = TODAY.minusDays(40); day.isBefore(TODAY); day = day.plusDays(1)) {
            log.log(id, at(day, 20, 0), at(day.plusDays(1), 5, 30), new EntryData.Sleep(SleepKind.NIGHT, null, null));
            log.log(id, at(day, 13, 0), at(day, 14, 30), new EntryData.Sleep(SleepKind.NAP, null, null));
            log.log(id, at(day, 7, 0), null, new EntryData.Bottle(BottleContent.FORMULA, 100, null));
            log.log(id, at(day, 17, 0), null, new EntryData.Bottle(BottleContent.FORMULA, 120, null));
            for (int hour : new int[] {8, 12, 18}) {
                log.log(id, at(day, hour, 10), null, new EntryData.Diaper(true, hour == 12, false, null, null, false, null));
            }
            log.log(id, at(day, 10, 0), at(day, 10, 10), new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null));
            if (day.getDayOfMonth() % 5 == 0) {
                log.log(id, at(day, 9, 0), null, new EntryData.Temperature(368 + day.getDayOfMonth() % 7, null));
            }
        }
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    void drain() {
        // twice: what a finished task queues may start another
        nestling.ui.testing.UiTesting.drainTasks(context);
        nestling.ui.testing.UiTesting.drainTasks(context);
    }

    @Override
    public void close() {
        context.tasks().close();
        database.close();
    }
}
