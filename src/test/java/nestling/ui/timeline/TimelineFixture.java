package nestling.ui.timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.testing.UiTesting;
import nestling.vault.VaultOptions;
import org.testfx.api.FxToolkit;

/** Ada (born 10 January 2026) in a real in-memory database, and a context for her timeline's tests. */
final class TimelineFixture implements AutoCloseable {
    final Database database = Database.createEmpty();
    final Journal journal;
    final UiContext context;
    final Baby baby;

    TimelineFixture(Path dir, Clock clock) {
        journal = Journal.of(database, clock);
        context = new UiContext(UiContext.defaultBundle(), dir, VaultOptions.defaults(), new BackgroundTasks(), clock,
                Duration.ofMillis(40));
        baby = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.ofHours(1), Sex.FEMALE,
                new GestationalAge(39, 0));
    }

    /** Waits for the background tasks, twice: what a finished task queues may start another. */
    void drain() {
        UiTesting.drainTasks(context);
        UiTesting.drainTasks(context);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        context.tasks().close();
        database.close();
    }
}
