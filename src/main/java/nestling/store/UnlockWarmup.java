package nestling.store;

import java.util.List;
import nestling.domain.EntryData;
import nestling.domain.UnitSystem;
import nestling.vault.VaultWarmup;

/**
 * What an unlock does after its key derivation, done once beforehand on a second thread while the
 * derivation (Argon2id, one lane: one core for a third of a second) runs on the first: the ciphers
 * set up and the snapshots' rules ({@link VaultWarmup}), SQLite's driver and native library loaded
 * (a throwaway in-memory database), the entry and lock-screen JSON writers built, the activity log's
 * number formatting. Measured on the installer image: 70 ms after the derivation became 30 (issue
 * 20); on a loaded two-core machine the derivation shares its core, so the gain is smaller there.
 * Throwaway data only; a failure here is left for the unlock itself to meet and report, and the
 * thread never holds up the exit.
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
            VaultWarmup.run();
            try (Database database = Database.emptyWithoutSchema()) {
                database.schemaVersion();
            }
            EntryJson.write(new EntryData.Note("warm-up"));
            new LockScreenState(null, UnitSystem.METRIC, null, List.of()).toJson();
            // the activity log's lines ("saved generation 12 (61632 bytes) in 31 ms"), as its formatter makes them
            java.text.MessageFormat.format("{0} {1}", 12L, 61_632);
            return true;
        } catch (RuntimeException | LinkageError e) {
            // the unlock that follows meets the same problem and reports it
            LOG.log(System.Logger.Level.DEBUG, "unlock warm-up stopped ({0})", e.getClass().getSimpleName());
            return false;
        }
    }
}
