package nestling.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nestling.vault.KdfMemory;
import nestling.vault.KdfWarmup;
import nestling.vault.Snapshot;
import nestling.vault.Vault;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;

/**
 * An unlocked vault with its live database and saver: what "unlocked" means in memory. Closing it
 * saves what is pending, then drops the database and wipes the key (the lock screen and auto-lock
 * both end here).
 */
public final class VaultSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(VaultSession.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final Vault vault;
    private final Database database;
    private final AutoSaver saver;
    private final VaultOptions options;
    /** When the copy being looked at was made; null for a family's own vault. */
    private final Instant copyMadeAt;
    private volatile java.util.List<String> unlockNotices = java.util.List.of();
    /** What the unlock left for {@link #compactInBackground} to hand back (bytes; 0 once handed back). */
    private volatile long unlockGarbage;

    private VaultSession(Vault vault, Database database, VaultOptions options, Duration firstRetry, long savedCommits) {
        this(vault, database, options, firstRetry, savedCommits, null);
    }

    private VaultSession(Vault vault, Database database, VaultOptions options, Duration firstRetry, long savedCommits,
            Instant copyMadeAt) {
        this.copyMadeAt = copyMadeAt;
        this.vault = vault;
        this.database = database;
        this.options = options;
        Duration maxRetry = MAX_RETRY.compareTo(firstRetry) > 0 ? MAX_RETRY : firstRetry;
        this.saver = new AutoSaver(database, vault, options.clock(), firstRetry, maxRetry, savedCommits);
        // The lock screen shows what the vault held at its last save, even after a crash or a reboot.
        saver.afterSave(this::updateLockScreenFile);
    }

    public static VaultSession create(Path directory, char[] passphrase, VaultOptions options) throws VaultException {
        Database database = Database.createEmpty();
        // a new vault has its inbox key pair from the start, so logging while locked works at once
        nestling.vault.InboxKeys inboxKeys = InboxKeyring.readOrCreate(database);
        DatabaseImage image = database.image();
        try {
            Vault vault = Vault.create(directory, passphrase, image.bytes(), options);
            LOG.log(System.Logger.Level.INFO, "created a vault");
            try {
                nestling.vault.InboxKeyFile.write(directory, inboxKeys.publicKey());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "inbox key not written yet ({0}); the next unlock writes it",
                        e.getClass().getSimpleName());
            }
            return new VaultSession(vault, database, options, FIRST_RETRY, image.commitCount());
        } catch (VaultException | RuntimeException e) {
            database.close();
            throw e;
        } finally {
            Vault.wipe(image.bytes());
        }
    }

    /**
     * A copy (a backup read into {@code database}, in memory) opened to be looked at, made at
     * {@code madeAt}: no vault file, no lock, no folder. The database refuses every change and the
     * vault every save, so the window's read-only mode applies and nothing is written anywhere.
     */
    public static VaultSession ofCopy(Database database, Instant madeAt, VaultOptions options) {
        database.refuseChanges();
        // every commit so far (the backup being read in) counts as saved: the saver never runs
        return new VaultSession(Vault.detached(options), database, options, FIRST_RETRY, database.commitCount(),
                java.util.Objects.requireNonNull(madeAt));
    }

    /**
     * A throwaway session over {@code database} (in memory, made for the purpose): the window
     * rehearses its first unlock on it while a parent types (nestling.ui.shell.UnlockRehearsal).
     * No vault file, no lock, no folder: its vault is detached (read-only), so nothing is ever saved
     * or written anywhere, and closing it drops the database.
     */
    public static VaultSession rehearsal(Database database, VaultOptions options) {
        return new VaultSession(Vault.detached(options), database, options, FIRST_RETRY, database.commitCount());
    }

    /** When the copy shown was made, or empty for a family's own vault. */
    public Optional<Instant> copyMadeAt() {
        return Optional.ofNullable(copyMadeAt);
    }

    public static VaultSession unlock(Path directory, char[] passphrase, VaultOptions options) throws VaultException {
        return unlock(directory, passphrase, options, FIRST_RETRY);
    }

    /**
     * As {@link #unlock(Path, char[], VaultOptions)}, without the full collection that hands the
     * unlock's garbage back to the system (the key derivation's memory, the file twice) at once: it
     * stops every thread for tens of milliseconds. The window has {@link #compactInBackground} do it
     * once its first screen is drawn; a command that exits after one short step ({@code nestling log})
     * leaves it to the exit.
     */
    public static VaultSession unlockReleasingHeapLater(Path directory, char[] passphrase, VaultOptions options)
            throws VaultException {
        return unlock(directory, passphrase, options, FIRST_RETRY, false);
    }

    /**
     * While a parent types the passphrase on the lock screen: the key derivation warmed up in the
     * memory returned (give it to the unlock with {@link VaultOptions#withKdfMemory}), then what
     * follows the derivation ({@link UnlockWarmup}), so that at Return neither competes with the
     * real derivation for the processor (issue 20). On a daemon thread; returns at once.
     */
    public static KdfMemory warmUpWhileTyping(VaultOptions options) {
        return KdfWarmup.start(options, UnlockWarmup::run);
    }

    /** Test hook: a session whose failed saves retry after {@code firstRetry}. */
    static VaultSession unlock(Path directory, char[] passphrase, VaultOptions options, Duration firstRetry)
            throws VaultException {
        return unlock(directory, passphrase, options, firstRetry, true);
    }

    private static VaultSession unlock(Path directory, char[] passphrase, VaultOptions options, Duration firstRetry,
            boolean releaseHeapNow) throws VaultException {
        // what follows the key derivation, set up on another core meanwhile
        UnlockWarmup.start();
        try {
            // the warm-up's blocks (KdfMemory) served this derivation only: the session keeps its
            // options for as long as it is open, and 64 MiB with them
            return fromOpened(Vault.open(directory, passphrase, options), options.withKdfMemory(null), firstRetry,
                    releaseHeapNow);
        } catch (VaultException e) {
            LOG.log(System.Logger.Level.WARNING, "unlock refused: {0}", e.problem());
            throw e;
        }
    }

    public static VaultSession unlockSnapshot(Path directory, Snapshot snapshot, char[] passphrase, VaultOptions options)
            throws VaultException {
        VaultSession session = fromOpened(Vault.openSnapshot(directory, snapshot, passphrase, options), options,
                FIRST_RETRY, true);
        // Write the snapshot's content back as the main file now, setting the damaged one aside.
        try {
            session.saver.saveNow();
        } catch (IOException e) {
            // the data is open and will be saved by the retry loop; the status shows why it is not yet
        }
        return session;
    }

    private static VaultSession fromOpened(Vault.Opened opened, VaultOptions options, Duration firstRetry,
            boolean releaseHeapNow) throws VaultException {
        // the key derivation's memory and the file, read and decrypted
        long garbage = opened.vault().kdfParameters().memoryKiB() * 1024L + 2L * opened.image().length;
        VaultSession session = null;
        try {
            Database database = Database.fromImage(opened.image());
            if (database.read(Tombstones::countWithContent) > 0) {
                database.write(Tombstones::dropContent);
            }
            LOG.log(System.Logger.Level.INFO, "unlocked generation {0}, schema {1}", opened.vault().generation(),
                    database.schemaVersion());
            // The file holds the state before any migration that just ran (commit 0): the saver
            // persists the upgraded schema at once if there was one.
            session = new VaultSession(opened.vault(), database, options, firstRetry, 0);
            return session;
        } catch (VaultException | RuntimeException e) {
            opened.vault().close();
            throw e;
        } finally {
            Vault.wipe(opened.image());
            if (releaseHeapNow || session == null) {
                nestling.util.HeapRelease.afterLargeStep(garbage);
            } else {
                session.unlockGarbage = garbage;
            }
        }
    }

    /**
     * What the unlock had to tell (the inbox merge: records refused, a replaced inbox key), for the
     * window and the command line to show; names no data.
     */
    public java.util.List<String> unlockNotices() {
        return unlockNotices;
    }

    public void noteAtUnlock(java.util.List<String> notices) {
        unlockNotices = java.util.List.copyOf(notices);
    }

    public Database database() {
        return database;
    }

    public AutoSaver saver() {
        return saver;
    }

    public Vault vault() {
        return vault;
    }

    /**
     * Compacts the database on the saver's thread, after the saves already queued (see
     * {@link Database#compact}): the window asks for it once per unlock, so its saves write a
     * denser image all session. A one-shot command line skips it: it saves once and exits. Then
     * hands back what {@link #unlockReleasingHeapLater} left behind ({@link nestling.util.HeapRelease}).
     */
    public void compactInBackground() {
        saver.housekeeping(() -> {
            try {
                database.compact();
            } finally {
                long garbage = unlockGarbage;
                unlockGarbage = 0;
                nestling.util.HeapRelease.afterLargeStep(garbage);
            }
        });
    }

    /** Waits until every committed write is on disk (throws if the disk refuses). */
    public void flush() throws IOException {
        saver.flush();
    }

    /** Re-keys the vault under a new passphrase and saves under it before returning. */
    public void changePassphrase(char[] newPassphrase) throws IOException {
        saver.flush();
        DatabaseImage image = database.image();
        try {
            vault.changePassphrase(newPassphrase, image.bytes(), options);
            LOG.log(System.Logger.Level.INFO, "changed the passphrase");
        } finally {
            Vault.wipe(image.bytes());
        }
    }

    /** True if {@code passphrase} is the one this vault is locked with (for confirming sensitive actions). */
    public boolean isCurrentPassphrase(char[] passphrase) {
        return vault.isCurrentPassphrase(passphrase);
    }

    /**
     * Locks: saves what is pending and only then drops the database and wipes the key. If the save
     * fails, nothing is dropped and the error says why, so locking never loses an entry.
     */
    public void lock() throws IOException {
        saver.flush();
        close();
        LOG.log(System.Logger.Level.INFO, "locked");
    }

    /** The names logging while locked may show, as they are now (a family's own writable vault only). */
    public void updateLockScreenFile() {
        if (copyMadeAt != null || vault.readOnly()) {
            return;
        }
        try {
            LockScreenFile.update(vault.directory(), database, options.clock().instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the lock-screen file could not be written ({0})", e.getClass().getSimpleName());
        }
    }

    /** Saves what is pending (best effort), then drops the database and wipes the key. */
    @Override
    public void close() {
        try {
            saver.flush();
        } catch (IOException ignored) {
            // Locking must always succeed; callers that must not lose data flush first and report.
        } finally {
            updateLockScreenFile();
            saver.close();
            database.close();
            vault.close();
        }
    }
}
