package nestling.store;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nestling.vault.Vault;

/**
 * Saves the database to the vault after committed writes, on its own thread (never the FX thread).
 * Bursts coalesce: while one save runs, further commits are gathered into the next one. A failed
 * save keeps everything in memory, reports {@link SaveStatus.NotSaved} with the reason and retries
 * with a growing delay; the previous file on disk is never touched by a failed save.
 */
public final class AutoSaver implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AutoSaver.class.getName());
    private final Database database;
    private final Vault vault;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final ScheduledExecutorService executor;
    private volatile Consumer<SaveStatus> listener = status -> { };
    private volatile Runnable afterSave = () -> { };

    // Lock order: saveLock, then the database's lock (image), then monitor. The database calls
    // changed() only after releasing its lock, so no thread takes them the other way round.
    private final Object saveLock = new Object();
    private final Object monitor = new Object();
    private long savedCommits;
    private boolean scheduled;
    private boolean running;
    private SaveStatus status;
    private IOException lastFailure;
    private Duration nextRetry;

    /**
     * @param savedCommits how many of the database's commits the vault file already holds
     */
    public AutoSaver(Database database, Vault vault, Clock clock, Duration firstRetry, Duration maxRetry,
            long savedCommits) {
        this.database = database;
        this.vault = vault;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.nextRetry = firstRetry;
        this.savedCommits = savedCommits;
        this.status = new SaveStatus.Saved(clock.instant(), vault.generation());
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "nestling-saver");
            thread.setDaemon(true);
            return thread;
        });
        database.onCommit(this::changed);
        if (database.commitCount() > savedCommits) {
            changed();
        }
    }

    /** Runs on the saver's thread after every save that reached the disk (a failure is logged and dropped). */
    public void afterSave(Runnable work) {
        this.afterSave = Objects.requireNonNull(work);
    }

    /** Receives every status change, on the saver's thread. */
    public void onStatus(Consumer<SaveStatus> statusListener) {
        this.listener = Objects.requireNonNull(statusListener);
        statusListener.accept(status());
    }

    public SaveStatus status() {
        synchronized (monitor) {
            return status;
        }
    }

    /**
     * Runs {@code work} on the saver's thread after the saves already queued, so it never runs
     * alongside a save (both would contend for the database). A failure is logged and dropped:
     * housekeeping must never stop the saver.
     */
    public void housekeeping(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "housekeeping failed", e);
            }
        });
    }

    /** A write committed: make sure a save follows. */
    void changed() {
        synchronized (monitor) {
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        executor.execute(this::saveUntilClean);
    }

    private void saveUntilClean() {
        synchronized (monitor) {
            scheduled = false;
            running = true;
        }
        try {
            saveWhileDirty();
        } finally {
            synchronized (monitor) {
                running = false;
                monitor.notifyAll();
            }
        }
    }

    private void saveWhileDirty() {
        while (true) {
            synchronized (monitor) {
                if (savedCommits >= database.commitCount()) {
                    return;
                }
            }
            publish(new SaveStatus.Saving());
            try {
                saveOnce();
            } catch (IOException | RuntimeException e) {
                scheduleRetry(e instanceof IOException io ? io : new IOException(e));
                return;
            }
        }
    }

    /**
     * Takes an image and writes it as one step under {@link #saveLock}: two savers (this thread and
     * a caller of {@link #saveNow()}) could otherwise write an older image after a newer one.
     */
    private void saveOnce() throws IOException {
        synchronized (saveLock) {
            long started = System.nanoTime();
            DatabaseImage image = database.image();
            try {
                vault.save(image.bytes());
                LOG.log(System.Logger.Level.INFO, "saved generation {0} ({1} bytes) in {2} ms", vault.generation(),
                        image.bytes().length, (System.nanoTime() - started) / 1_000_000);
                synchronized (monitor) {
                    savedCommits = Math.max(savedCommits, image.commitCount());
                    lastFailure = null;
                    nextRetry = firstRetry;
                    monitor.notifyAll();
                }
            } finally {
                Vault.wipe(image.bytes());
            }
        }
        publish(new SaveStatus.Saved(clock.instant(), vault.generation()));
        vault.pruneSnapshots();
        try {
            afterSave.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "after-save work failed ({0})", e.getClass().getSimpleName());
        }
    }

    private void scheduleRetry(IOException failure) {
        // The exception goes to the log as its type and frames only (see the app's log formatter).
        LOG.log(System.Logger.Level.WARNING, "save failed, retrying", failure);
        Duration delay;
        synchronized (monitor) {
            lastFailure = failure;
            delay = nextRetry;
            nextRetry = nextRetry.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : nextRetry.multipliedBy(2);
            monitor.notifyAll();
        }
        publish(new SaveStatus.NotSaved(SaveFailure.of(failure), reason(failure), clock.instant().plus(delay)));
        if (!executor.isShutdown()) {
            executor.schedule(this::saveUntilClean, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A short reason a parent can act on, in English (see {@link SaveFailure}). */
    public static String reason(IOException failure) {
        return SaveFailure.reason(failure);
    }

    private void publish(SaveStatus newStatus) {
        synchronized (monitor) {
            status = newStatus;
        }
        listener.accept(newStatus);
    }

    /**
     * Returns once every write committed before this call is on disk. If the latest attempt failed,
     * tries once more right here and throws its error, so a command line never reports success for
     * data that is not saved.
     */
    public void flush() throws IOException {
        long target = database.commitCount();
        synchronized (monitor) {
            while (savedCommits < target && lastFailure == null && (scheduled || running)) {
                try {
                    monitor.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while saving", e);
                }
            }
        }
        // Save synchronously if anything is still pending (or the last attempt failed).
        synchronized (monitor) {
            if (savedCommits >= target) {
                return;
            }
        }
        saveNow();
    }

    /** Saves the current state right away on the calling thread, whether or not anything changed. */
    public void saveNow() throws IOException {
        saveOnce();
    }

    public boolean hasUnsavedChanges() {
        synchronized (monitor) {
            return savedCommits < database.commitCount();
        }
    }

    /** Stops the saver thread (call {@link #flush()} first to save what is pending). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
