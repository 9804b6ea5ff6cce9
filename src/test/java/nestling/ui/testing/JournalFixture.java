package nestling.ui.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import nestling.domain.Baby;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.Database;

/**
 * What the screens' view-model tests share: a UI context with the test clock, a real in-memory
 * database with its journal, and one baby (Ada, born 2026-01-10). Close it in {@code @AfterEach}.
 */
public final class JournalFixture implements AutoCloseable {
    public final UiTesting ui;
    public final Database database;
    public final Journal journal;
    public final Baby ada;

    public JournalFixture(Path dir) {
        ui = new UiTesting(dir);
        database = Database.createEmpty();
        journal = Journal.of(database, ui.clock);
        ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
    }

    @Override
    public void close() {
        ui.context.tasks().close();
        database.close();
    }
}
