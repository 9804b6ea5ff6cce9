package nestling.backup;

import nestling.store.Database;

/**
 * A backup fully read, checked and loaded into its own in-memory database (migrated to this
 * Nestling's schema): the only form in which a backup ever reaches the family's data.
 */
public record StagedBackup(BackupInfo info, Database database) implements AutoCloseable {
    /**
     * Records built here rather than read from a backup (an import from another app) staged as a
     * backup is: {@code records} must be a database at the latest schema holding every record the
     * merge should bring, babies the entries name included; each is held to the same
     * {@link StagedRecordChecks} before anything reaches the family's data. Merging the result with
     * {@link BackupMerger#merge} is then one transaction, with a record already present unchanged.
     * Closes {@code records} when refused.
     */
    public static StagedBackup ofRecords(Database records, java.time.Instant createdAt, String madeBy)
            throws BackupException {
        try {
            StagedRecordChecks.check(records);
        } catch (BackupException | RuntimeException e) {
            records.close();
            throw e;
        }
        return new StagedBackup(new BackupInfo(BackupFormat.FORMAT_VERSION, records.schemaVersion(), createdAt, madeBy,
                null, java.util.Map.of()), records);
    }

    /** The schema name a copy of the staged records goes by while they are applied ({@link Database#writeWith}). */
    static final String SCHEMA = "staged";

    /** {@code work} as one transaction on {@code live}, with the staged records attached as {@link #SCHEMA}. */
    <T> T applyTo(Database live, nestling.store.SqlWork<T> work) {
        return live.writeWith(database, SCHEMA, work);
    }

    /** The staged copy of {@code shape}'s table, for SQL on the live connection inside {@link #applyTo}. */
    static String table(TableShape shape) {
        return TableShape.quote(SCHEMA) + "." + TableShape.quote(shape.table());
    }

    @Override
    public void close() {
        database.close();
    }
}
