package nestling.store;

import java.util.List;
import nestling.domain.EntryData;
import nestling.domain.UnitSystem;
import nestling.vault.CipherWarmup;

/**
 * What an unlock does after its key derivation, done once beforehand on a second thread while the
 * derivation (Argon2id, one lane: one core for a third of a second) runs on the first: the ciphers
 * set up ({@link CipherWarmup}), SQLite's driver and native library loaded (a throwaway in-memory
 * database), the entry and lock-screen JSON writers built. That is about 60 ms of a command's start
 * that otherwise follows the derivation (issue 20). Throwaway data only; a failure here is left for
 * the unlock itself to meet and report, and the thread never holds up the exit.
 */
final class UnlockWarmup {
    private static final System.Logger LOG = System.getLogger(UnlockWarmup.class.getName());

    private UnlockWarmup() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread.ofPlatform().daemon().name("nestling-unlock-warmup").start(UnlockWarmup::run);
    }

    /** Does the warm-up here; false when a part of it failed (left for the unlock to meet). */
    static boolean run() {
        try {
            CipherWarmup.run();
            try (Database database = Database.emptyWithoutSchema()) {
                database.schemaVersion();
            }
            EntryJson.write(new EntryData.Note("warm-up"));
            new LockScreenState(null, UnitSystem.METRIC, null, List.of()).toJson();
            return true;
        } catch (RuntimeException | LinkageError e) {
            // the unlock that follows meets the same problem and reports it
            LOG.log(System.Logger.Level.DEBUG, "unlock warm-up stopped ({0})", e.getClass().getSimpleName());
            return false;
        }
    }
}
