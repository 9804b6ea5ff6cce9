package nestling.backup;

import nestling.store.Database;

/**
 * A backup fully read, checked and loaded into its own in-memory database (migrated to this
 * Nestling's schema): the only form in which a backup ever reaches the family's data.
 */
public record StagedBackup(BackupInfo info, Database database) implements AutoCloseable {
    @Override
    public void close() {
        database.close();
    }
}
