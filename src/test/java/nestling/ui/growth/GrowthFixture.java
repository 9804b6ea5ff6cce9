package nestling.ui.growth;


import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.testing.MutableClock;
import nestling.vault.VaultOptions;

/** A preterm baby (34+2 weeks) born 10 January 2026 with two measurements, in a memory database. */
final class GrowthFixture implements AutoCloseable {
    final MutableClock clock = (MutableClock) new MutableClock(Instant.parse("2026-03-30T10:00:00Z"))
            .withZone(ZoneId.of("Europe/Berlin"));
    final Database database = Database.createEmpty();
    final Journal journal = Journal.of(database, clock);
    final UiContext context;
    final Baby baby;

    GrowthFixture(Path dir) {
        context = new UiContext(UiContext.defaultBundle(), dir, VaultOptions.defaults(), new BackgroundTasks(), clock,
                Duration.ofMillis(40));
        baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(1),
                Sex.FEMALE, new GestationalAge(34, 2));
        measure("2026-02-25T09:00:00Z", 3300, 500, 350);
        measure("2026-03-25T09:00:00Z", 4200, 540, 370);
    }

    void measure(String at, int grams, int lengthMm, int headMm) {
        journal.entries().log(baby.meta().id(), Instant.parse(at), null,
                new EntryData.Growth(grams, lengthMm, LengthPosition.LYING, headMm, null));
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
