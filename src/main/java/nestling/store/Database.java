package nestling.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import nestling.vault.VaultException;
import nestling.vault.VaultProblem;
import org.sqlite.SQLiteConnection;

/**
 * The family's SQLite database, held entirely in memory (it is never written to disk in the clear;
 * the vault persists encrypted images of it). One connection, guarded by one lock: reads, write
 * transactions and serialization never interleave, so an image never contains uncommitted rows.
 */
public final class Database implements AutoCloseable {
    private final SQLiteConnection connection;
    /** The URI other connections open this database by, or null when only this connection can reach it. */
    private final String sharedUri;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Runnable commitListener = () -> { };
    // Written under the lock, read without it: the saver asks for it while holding its own monitor,
    // and taking the database lock there would invert the lock order of write() and deadlock.
    private volatile long commitCount;
    // How many writes of the lock's holder are open: above 0, a write joins the open transaction.
    private int depth;

    private Database(SQLiteConnection connection) {
        this(connection, null);
    }

    private Database(SQLiteConnection connection, String sharedUri) {
        this.connection = connection;
        this.sharedUri = sharedUri;
    }

    /** A new empty database at the latest schema version. */
    public static Database createEmpty() {
        Database database = new Database(openMemory());
        database.migrate();
        database.useContiguousMemory();
        return database;
    }

    /**
     * Reloads the database into SQLite's contiguous in-memory layout (the one deserialize makes).
     * Serializing that layout is one copy; serializing a plain ":memory:" database walks every page
     * through the pager: about 3x slower at 37 MB (measured: 18 vs 57 ms median). A new vault thus
     * saves as fast as an unlocked one, even when a large backup is imported right after creating it.
     */
    private void useContiguousMemory() {
        lock.lock();
        try {
            byte[] image = connection.serialize("main");
            connection.deserialize("main", image);
        } catch (SQLException e) {
            throw new StoreException("could not prepare the in-memory database", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A database from an image that came out of the vault. The image authenticated, but it is still
     * checked ({@code PRAGMA quick_check}) because deserialize accepts damaged pages silently;
     * then pending migrations run.
     */
    public static Database fromImage(byte[] image) throws VaultException {
        SQLiteConnection connection = openMemory();
        Database database = new Database(connection);
        try {
            connection.deserialize("main", image);
            if (!"ok".equals(database.read(c -> single(c, "PRAGMA quick_check")))) {
                throw new VaultException(VaultProblem.DATABASE_DAMAGED);
            }
            if (Migrations.schemaVersion(connection) > Migrations.latestVersion()) {
                throw new VaultException(VaultProblem.NEWER_FORMAT);
            }
        } catch (SQLException | StoreException e) {
            database.close();
            throw new VaultException(VaultProblem.DATABASE_DAMAGED, e);
        } catch (VaultException e) {
            database.close();
            throw e;
        }
        database.migrate();
        return database;
    }

    /**
     * A new empty database at an older schema {@code version} (1 ≤ version ≤ latest), for loading
     * data written by an older Nestling (a backup) before {@link #migrateToLatest()} upgrades it.
     * It is shareable: {@link #writeWith} attaches it to another database and {@link #secondReader}
     * opens it again, both without copying it (a staged 200k-entry backup is about 40 MB).
     */
    public static Database createAtSchemaVersion(int version) {
        if (version < 1 || version > Migrations.latestVersion()) {
            throw new IllegalArgumentException("no schema version " + version);
        }
        Database database = openShared(sharedName());
        database.migrateTo(version);
        return database;
    }

    /**
     * A memory database under a name (shared cache: every connection to the name sees the same pages;
     * they are freed when the last one closes). The name is random, so nothing else in the process
     * opens it by chance; nothing outside the process can reach a memory database at all.
     */
    private static String sharedName() {
        return "file:nestling-" + java.util.UUID.randomUUID() + "?mode=memory&cache=shared";
    }

    private static Database openShared(String uri) {
        return new Database(openMemory("jdbc:sqlite:" + uri + "&" + NO_GENERATED_KEYS), uri);
    }

    /** The schema version this build creates and reads. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** Applies every pending migration in one transaction. */
    public void migrateToLatest() {
        migrate();
    }

    /** Applies pending migrations; only for tests that build an older schema on purpose. */
    void migrateTo(int version) {
        write(c -> {
            Migrations.apply(c, version);
            return null;
        });
    }

    private void migrate() {
        if (read(Migrations::schemaVersion) < Migrations.latestVersion()) {
            migrateTo(Migrations.latestVersion());
        }
    }

    static Database emptyWithoutSchema() {
        return new Database(openMemory());
    }

    // No generated keys: every table is keyed by its own id, and asking for them makes the driver
    // run an extra "SELECT last_insert_rowid()" after each INSERT (a fifth of a backup import's time).
    private static final String NO_GENERATED_KEYS = "jdbc.get_generated_keys=false";

    /** A memory database only this connection reaches (the family's own: it is deserialized into). */
    private static SQLiteConnection openMemory() {
        return openMemory("jdbc:sqlite::memory:?" + NO_GENERATED_KEYS);
    }

    private static SQLiteConnection openMemory(String url) {
        try {
            Connection connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
                // sorts and temporary tables stay in memory too: no plaintext in temp files
                statement.execute("PRAGMA temp_store = MEMORY");
            }
            return connection.unwrap(SQLiteConnection.class);
        } catch (SQLException | UnsatisfiedLinkError e) {
            if (NativeLibraryUnavailableException.isCause(e)) {
                throw new NativeLibraryUnavailableException(e);
            }
            throw new StoreException("could not start the in-memory database", e);
        }
    }

    /**
     * From now on every change is refused by SQLite itself ({@code PRAGMA query_only}): a copy
     * opened to be looked at cannot be changed by any screen, whatever it tries.
     */
    public void refuseChanges() {
        lock.lock();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            throw new StoreException("the database could not be made read-only", e);
        } finally {
            lock.unlock();
        }
    }

    /** Called (on the writing thread) after every committed write transaction. */
    public void onCommit(Runnable listener) {
        this.commitListener = listener;
    }

    /**
     * Runs {@code work} as one transaction: all of it is committed, or none of it. Called inside
     * another write on the same thread, it joins that transaction under a savepoint instead: a
     * failure undoes only {@code work}, and nothing is committed (nor saved) before the outer write
     * ends. So a use case made of several writes (a batch of log lines) becomes one commit.
     */
    public <T> T write(SqlWork<T> work) {
        if (lock.isHeldByCurrentThread() && depth > 0) {
            return nested(work);
        }
        return writeWith(null, null, work);
    }

    private <T> T nested(SqlWork<T> work) {
        depth++;
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("a write to the database failed", e);
        } finally {
            depth--;
        }
    }

    /**
     * Like {@link #write}, with {@code other} (a {@linkplain #createAtSchemaVersion shareable}
     * database) attached under the schema name {@code schema} for the length of the transaction, so
     * {@code work} can move rows between the two in SQL ({@code INSERT INTO entry SELECT … FROM
     * schema.entry}) instead of row by row through JDBC. Tables named without a schema are still this
     * database's. {@code other} is attached as it is, not copied (a copy of a staged 200k-entry backup
     * was 40 MB on the heap and 40 MB more in SQLite during every import); it is detached before this
     * returns. {@code work} only reads it; {@code other} is not used meanwhile (its owner is waiting).
     */
    public <T> T writeWith(Database other, String schema, SqlWork<T> work) {
        if (other != null && lock.isHeldByCurrentThread() && depth > 0) {
            throw new IllegalStateException("writeWith cannot join an open write");
        }
        if (other != null && other.sharedUri == null) {
            throw new IllegalArgumentException("only a shareable database can be attached");
        }
        boolean attached = false;
        boolean committed = false;
        lock.lock();
        try {
            if (other != null) {
                attach(schema, other.sharedUri);
                attached = true;
            }
            try {
                T result;
                connection.setAutoCommit(false);
                depth++;
                try {
                    result = work.run(connection);
                    connection.commit();
                    commitCount++;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    depth--;
                    connection.setAutoCommit(true);
                }
                committed = true;
                return result;
            } finally {
                if (attached) {
                    detach(schema);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("a write to the database failed", e);
        } finally {
            lock.unlock();
            // Outside the lock, so a listener may take its own locks without ordering against ours.
            if (committed) {
                commitListener.run();
            }
        }
    }

    private void attach(String schema, String uri) throws SQLException {
        try (var statement = connection.prepareStatement("ATTACH DATABASE ? AS " + quote(schema))) {
            statement.setString(1, uri);
            statement.execute();
        }
    }

    private void detach(String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DETACH DATABASE " + quote(schema));
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("a read from the database failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rewrites the database densely ({@code VACUUM}). Entries are keyed by random ids, so inserts
     * land all over the table and leave pages part-empty: at 200k entries about 11% of the image
     * (43.3 to 38.6 MB measured), which every save would write again. Runs in memory
     * ({@code temp_store = MEMORY}: no temp file). Not a commit: the content is the same, the
     * next save simply writes the smaller image.
     */
    public void compact() {
        lock.lock();
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
        } catch (SQLException e) {
            throw new StoreException("the database could not be compacted", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A second connection to this {@linkplain #createAtSchemaVersion shareable} database, for reading
     * on another thread alongside this one (one SQLite connection serves one thread at a time). It
     * shares this database's pages instead of copying them; neither may write while both are open.
     * Closing it leaves this database as it is.
     */
    public Database secondReader() {
        if (sharedUri == null) {
            throw new IllegalStateException("only a shareable database has a second reader");
        }
        return openShared(sharedUri);
    }

    /**
     * A throwaway copy to try something on without touching this one (a sync's preview of what the
     * stick would change). A whole second database: never on an import's path, which attaches instead.
     */
    public Database copy() {
        byte[] image = image().bytes();
        SQLiteConnection copy = openMemory();
        try {
            copy.deserialize("main", image);
            return new Database(copy);
        } catch (SQLException e) {
            throw new StoreException("could not copy the database", e);
        } finally {
            java.util.Arrays.fill(image, (byte) 0);
        }
    }

    /** Serializes the committed state. Never called inside a transaction: the lock prevents it. */
    public DatabaseImage image() {
        lock.lock();
        try {
            return new DatabaseImage(connection.serialize("main"), commitCount);
        } catch (SQLException e) {
            throw new StoreException("the database could not be serialized", e);
        } finally {
            lock.unlock();
        }
    }

    public long commitCount() {
        return commitCount;
    }

    public int schemaVersion() {
        return read(Migrations::schemaVersion);
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // an in-memory database has nothing to flush
        } finally {
            lock.unlock();
        }
    }
}
